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
#include <sys/stat.h>
#include <sys/time.h>
#include <ctime>
#include <iterator>
#include <algorithm>
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

inline void write_all_to(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        ssize_t written = ::write(fd, data, size);
        if (written <= 0) return;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
}

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
/** Decodes `distinct` copies of the arguments, then calls the function `calls` times over them. */
using TimeFunction = double (*)(const json& args, long calls, long distinct);

/** Keeps a returned value alive, so the call that made it is never optimized away. */
template <typename T>
inline void keep(const T& value) {
    asm volatile("" : : "g"(&value) : "memory");
}

inline double thread_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

inline double process_seconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

/** Seconds for `calls` calls: the less of the wall clock and this thread's CPU clock. */
template <typename Call>
double timed(Call&& call, long calls) {
    auto wall = std::chrono::steady_clock::now();
    double cpu = thread_seconds();
    for (long i = 0; i < calls; i++) call(i);
    double wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
    return std::min(wall_seconds, thread_seconds() - cpu);
}

// What the budget's timers write when they end a measurement mid-call: the size measured so far,
// where it stopped, and done (prepared with the timers' signals blocked).
inline char growth_pending[4096];
inline std::size_t growth_pending_size = 0;

extern "C" inline void on_growth_budget(int) {
    write_all_to(1, growth_pending, growth_pending_size);
    std::_Exit(0);
}

inline void set_pending(const std::string& text) {
    sigset_t timers, before;
    sigemptyset(&timers);
    sigaddset(&timers, SIGALRM);
    sigaddset(&timers, SIGPROF);
    sigprocmask(SIG_BLOCK, &timers, &before);
    growth_pending_size = std::min(text.size(), sizeof growth_pending);
    std::memcpy(growth_pending, text.data(), growth_pending_size);
    sigprocmask(SIG_SETMASK, &before, nullptr);
}

inline std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    return text;
}

/** A growth measurement (runner/measure-growth.ts): the twin of harness/growth-driver.py. */
inline void growth(const json& config, TimeFunction time_calls) {
    const std::string prefix = config.at("prefix").get<std::string>();
    const double budget = config.at("budgetSeconds").get<double>();
    const double wall_budget = config.value("wallSeconds", budget);
    const double floor = config.at("floorSeconds").get<double>();
    const std::vector<long> sizes = config.at("sizes").get<std::vector<long>>();
    const int repeats = config.at("repeats").get<int>();
    const long max_batch = config.at("maxBatch").get<long>();
    const long batch_bytes = config.at("batchBytes").get<long>();
    const auto started = std::chrono::steady_clock::now();
    const double cpu_started = process_seconds();
    auto line = [&](const json& message) {
        return prefix + message.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    };
    auto emit = [&](const json& message) {
        std::string text = line(message);
        write_all_to(1, text.data(), text.size());
    };
    auto wall_left = [&] {
        return wall_budget - std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    auto cpu_left = [&] { return budget - (process_seconds() - cpu_started); };
    auto left = [&] { return std::min(wall_left(), cpu_left()); };

    // The inputs: growth-generate.py with the system Python, in a process of its own.
    const std::string work = "pairwise-growth";
    mkdir(work.c_str(), 0700);
    {
        std::ofstream(work + "/generator.py") << config.at("generator").get<std::string>();
        std::ofstream(work + "/growth-generate.py") << config.at("generateScript").get<std::string>();
    }
    char cwd[4096];
    std::string base = getcwd(cwd, sizeof cwd) ? std::string(cwd) + "/" + work : work;
    std::string command = "cd '" + base + "' && PYTHONHASHSEED=0 exec '" +
                          config.at("python").get<std::string>() + "' -I -B growth-generate.py '" + base +
                          "/generator.py' '" + base + "' '" + json(sizes).dump() + "' " +
                          std::to_string(config.at("seed").get<long>()) + " 2>/dev/null";
    std::vector<std::string> paths;
    std::string generator_error;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::string text;
        char chunk[4096];
        std::size_t got;
        while ((got = std::fread(chunk, 1, sizeof chunk, pipe)) > 0) text.append(chunk, got);
        pclose(pipe);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            json report = json::parse(text.substr(start, end - start), nullptr, false);
            start = end + 1;
            if (!report.is_object()) continue;
            if (report.contains("path")) paths.push_back(report["path"].get<std::string>());
            else if (report.contains("error")) {
                std::string at = report["n"].is_null() ? "" : " at n=" + report["n"].dump();
                generator_error = "the generator failed" + at + ": " + report["error"].get<std::string>();
            }
        }
    } else {
        generator_error = "the generator could not start";
    }
    if (generator_error.empty() && paths.size() < sizes.size()) generator_error = "the generator stopped early";
    emit({{"type", "generated"},
          {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()}});
    if (!generator_error.empty()) emit({{"type", "error"}, {"stage", "generate"}, {"error", generator_error}});

    std::string done = line({{"type", "done"}});
    struct sigaction action {};
    action.sa_handler = on_growth_budget;
    sigaction(SIGALRM, &action, nullptr);
    sigaction(SIGPROF, &action, nullptr);
    auto arm = [](int which, double seconds) {
        itimerval timer{};
        seconds = std::max(seconds, 0.001);
        timer.it_value.tv_sec = static_cast<long>(seconds);
        timer.it_value.tv_usec = static_cast<long>((seconds - static_cast<double>(timer.it_value.tv_sec)) * 1e6);
        setitimer(which, &timer, nullptr);
    };
    std::vector<std::pair<double, double>> previous;
    for (std::size_t index = 0; index < sizes.size() && index < paths.size(); index++) {
        const long n = sizes[index];
        double slope = 1.0;
        if (previous.size() >= 2) {
            auto [n1, t1] = previous[previous.size() - 2];
            auto [n2, t2] = previous.back();
            if (t1 >= floor && t2 >= floor) slope = std::min(3.0, std::max(1.0, std::log(t2 / t1) / std::log(n2 / n1)));
        }
        if (!previous.empty() && previous.back().second * std::pow(n / previous.back().first, slope) > left()) {
            emit({{"type", "stopped"}, {"n", n}});
            break;
        }
        std::string text = read_file(paths[index]);
        json input = json::parse(text, nullptr, false);
        long distinct = std::max(1L, batch_bytes / std::max(1L, static_cast<long>(text.size())));
        double best = -1;
        long best_calls = 0;
        bool best_long = false;
        int samples = 0;
        long calls = 1;
        set_pending(line({{"type", "stopped"}, {"n", n}}) + done);
        arm(ITIMER_REAL, wall_left());
        arm(ITIMER_PROF, cpu_left());
        bool failed = false;
        try {
            for (int attempt = 0; attempt < repeats + 8; attempt++) {
                int wanted = calls == 1 ? repeats : repeats + 2;
                if (samples >= wanted) break;
                if (best >= 0) {
                    if (best * static_cast<double>(calls) > left()) break;
                    if (best * static_cast<double>(calls) < floor) {
                        calls = std::min(max_batch, static_cast<long>(std::ceil(1.2 * floor / std::max(best, 1e-8))));
                    }
                }
                double elapsed = time_calls(input, calls, std::min(calls, distinct));
                bool long_enough = elapsed >= floor || calls >= max_batch;
                samples += long_enough;
                double seconds = elapsed / static_cast<double>(calls);
                if (best < 0 || (long_enough && !best_long) || (long_enough == best_long && seconds < best)) {
                    best = seconds;
                    best_calls = calls;
                    best_long = long_enough;
                }
                json size = {{"type", "size"}, {"n", n}, {"seconds", best}, {"calls", best_calls}, {"samples", std::max(1, samples)}};
                std::string after = index + 1 < sizes.size() ? line({{"type", "stopped"}, {"n", sizes[index + 1]}}) : "";
                set_pending(line(size) + after + done);
            }
        } catch (const std::exception& error) {
            emit({{"type", "error"}, {"stage", "call"}, {"n", n}, {"error", type_name(typeid(error)) + ": " + error.what()}});
            failed = true;
        } catch (...) {
            emit({{"type", "error"}, {"stage", "call"}, {"n", n}, {"error", "an exception that is not a std::exception"}});
            failed = true;
        }
        arm(ITIMER_REAL, 0);
        arm(ITIMER_PROF, 0);
        {
            itimerval off{};
            setitimer(ITIMER_REAL, &off, nullptr);
            setitimer(ITIMER_PROF, &off, nullptr);
        }
        if (failed) break;
        if (best >= 0) {
            emit({{"type", "size"}, {"n", n}, {"seconds", best}, {"calls", best_calls}, {"samples", std::max(1, samples)}});
            previous.emplace_back(static_cast<double>(n), best);
        }
    }
    emit({{"type", "done"}});
}

inline int main(int argc, char** argv, CaseFunction run_case, TimeFunction time_calls) {
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
    if (job.contains("growth") && !job["growth"].is_null()) {
        growth(job["growth"], time_calls);
        finish();
    }
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
