// The C++ harness's fixed part: reads the job, runs each case through the generated
// pairwise_case (main.cpp), and reports on fd 3 exactly as harness/python-harness.py does: one
// JSON line per message (load / case / done), NaN and the infinities as {"$number": name}.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <typeinfo>
#include <unistd.h>

namespace nlohmann {
// std::optional as JSON null or the value (this nlohmann release has no serializer of its own).
template <typename T>
struct adl_serializer<std::optional<T>> {
    static void to_json(json& j, const std::optional<T>& value) {
        if (value) j = *value;
        else j = nullptr;
    }
    static void from_json(const json& j, std::optional<T>& value) {
        if (j.is_null()) value = std::nullopt;
        else value = j.get<T>();
    }
};
}  // namespace nlohmann

namespace pairwise {

using json = nlohmann::json;

constexpr std::size_t CASE_BYTES = 1 << 20;
constexpr std::size_t RUN_BYTES = 4 << 20;
constexpr std::size_t ERROR_BYTES = 64 * 1024;
constexpr std::size_t PREVIEW_BYTES = 16 * 1024;
constexpr int RESULT_FD = 3;

/** An argument the JSON of the case cannot be decoded into. */
struct ArgumentError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

inline std::size_t run_bytes_left = RUN_BYTES;

inline void write_all(const char* data, std::size_t size) {
    while (size > 0) {
        ssize_t written = ::write(RESULT_FD, data, size);
        if (written <= 0) return;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
}

inline void send(const json& message) {
    std::string line = message.dump(-1, ' ', false, json::error_handler_t::replace);
    line.push_back('\n');
    write_all(line.data(), line.size());
}

inline json untag(const json& value) {
    if (value.is_object()) {
        if (value.size() == 1 && value.contains("$number") && value["$number"].is_string()) {
            const std::string name = value["$number"].get<std::string>();
            if (name == "NaN") return std::nan("");
            if (name == "Infinity") return HUGE_VAL;
            if (name == "-Infinity") return -HUGE_VAL;
        }
        json copy = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) copy[it.key()] = untag(it.value());
        return copy;
    }
    if (value.is_array()) {
        json copy = json::array();
        for (const auto& item : value) copy.push_back(untag(item));
        return copy;
    }
    return value;
}

inline json tag(const json& value) {
    if (value.is_number_float()) {
        double number = value.get<double>();
        if (std::isnan(number)) return json{{"$number", "NaN"}};
        if (std::isinf(number)) return json{{"$number", number > 0 ? "Infinity" : "-Infinity"}};
        return value;
    }
    if (value.is_object()) {
        json copy = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) copy[it.key()] = tag(it.value());
        return copy;
    }
    if (value.is_array()) {
        json copy = json::array();
        for (const auto& item : value) copy.push_back(tag(item));
        return copy;
    }
    return value;
}

inline std::string preview_of(const std::string& text) {
    std::size_t end = std::min(text.size(), PREVIEW_BYTES);
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) end--;
    return text.substr(0, end);
}

/** The value as reported: whole when it fits the case's and the run's budget, else a preview. */
inline json capped(const json& value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    std::size_t room = std::min(CASE_BYTES, run_bytes_left);
    if (text.size() <= room) {
        run_bytes_left -= text.size();
        return value;
    }
    std::string preview = preview_of(text);
    run_bytes_left -= std::min(run_bytes_left, preview.size());
    return json{{"$pairwise", "truncated"}, {"preview", preview}, {"bytes", text.size()}};
}

inline std::string capped_text(const std::string& text) {
    std::size_t room = std::min(ERROR_BYTES, run_bytes_left);
    if (text.size() <= room) {
        run_bytes_left -= text.size();
        return text;
    }
    std::string kept = preview_of(text);
    run_bytes_left -= std::min(run_bytes_left, kept.size());
    return kept + "\n… [truncated: " + std::to_string(text.size()) + " bytes in all]";
}

template <typename T>
T arg(const json& args, std::size_t index, const char* name, const char* type) {
    try {
        return untag(args.at(index)).get<T>();
    } catch (const json::exception& error) {
        throw ArgumentError(std::string("argument ") + name + " cannot be read as " + type + ": " +
                            error.what());
    }
}

inline std::string type_name(const std::type_info& type) {
    int status = 0;
    char* demangled = abi::__cxa_demangle(type.name(), nullptr, nullptr, &status);
    std::string name = status == 0 && demangled ? demangled : type.name();
    std::free(demangled);
    return name;
}

// What the crash handler writes: the case that was running when a signal killed the process.
inline char crash_prefix[96];
inline std::size_t crash_prefix_size = 0;

inline void write_text(const char* text) { write_all(text, std::strlen(text)); }

extern "C" inline void on_crash(int signal) {
    const char* what = signal == SIGSEGV   ? "Segmentation fault (SIGSEGV): memory read or written out of bounds, or a stack overflow"
                       : signal == SIGFPE  ? "Arithmetic error (SIGFPE): integer division by zero"
                       : signal == SIGABRT ? "Aborted (SIGABRT): an assert failed, or std::terminate was called"
                       : signal == SIGBUS  ? "Bus error (SIGBUS)"
                                           : "Illegal instruction (SIGILL)";
    if (crash_prefix_size > 0) {
        write_all(crash_prefix, crash_prefix_size);
        write_text(what);
        write_text("\",\"errorType\":\"");
        write_text(signal == SIGSEGV ? "SIGSEGV" : signal == SIGFPE ? "SIGFPE" : signal == SIGABRT ? "SIGABRT" : "Signal");
        write_text("\",\"line\":null}\n");
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

inline void watch_crashes() {
    // An alternate stack, so a stack overflow can still be reported.
    static char stack[64 * 1024];
    stack_t alternate{};
    alternate.ss_sp = stack;
    alternate.ss_size = sizeof stack;
    sigaltstack(&alternate, nullptr);
    struct sigaction action {};
    action.sa_handler = on_crash;
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    for (int signal : {SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL}) sigaction(signal, &action, nullptr);
}

inline void finish() {
    send(json{{"type", "done"}});
    std::cout.flush();
    std::fflush(stdout);
    std::fflush(stderr);
    // Threads or atexit handlers the code left behind must not hold the run open.
    std::_Exit(0);
}

using CaseFunction = json (*)(const json& args, double& ms);

inline int main(int argc, char** argv, CaseFunction run_case) {
    // Prints reach the server as they happen: kept when a timeout kills the run, capped early.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc < 2) return 2;
    json job;
    {
        std::ifstream file(argv[1]);
        job = json::parse(file);
    }
    send(json{{"type", "load"}, {"ok", true}});
    watch_crashes();
    for (const auto& test_case : job.at("cases")) {
        int index = test_case.at("index").get<int>();
        crash_prefix_size = static_cast<std::size_t>(std::snprintf(
            crash_prefix, sizeof crash_prefix,
            "{\"type\":\"case\",\"index\":%d,\"ms\":0,\"ok\":false,\"error\":\"", index));
        json message = {{"type", "case"}, {"index", index}};
        double ms = 0;
        auto started = std::chrono::steady_clock::now();
        auto failed = [&](const std::string& error, const std::string& type) {
            message["ok"] = false;
            message["error"] = capped_text(error);
            message["errorType"] = type;
            message["line"] = nullptr;
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        };
        try {
            json actual = tag(run_case(test_case.at("args"), ms));
            message["ok"] = true;
            message["actual"] = capped(actual);
        } catch (const ArgumentError& error) {
            failed(error.what(), "TypeError");
        } catch (const std::bad_alloc&) {
            failed("std::bad_alloc: memory ran out", "MemoryError");
        } catch (const std::exception& error) {
            failed(type_name(typeid(error)) + ": " + error.what(), type_name(typeid(error)));
        } catch (...) {
            failed("an exception that is not a std::exception was thrown", "UnknownException");
        }
        message["ms"] = std::round(ms * 1000) / 1000;
        crash_prefix_size = 0;
        send(message);
    }
    finish();
    return 0;
}

}  // namespace pairwise
