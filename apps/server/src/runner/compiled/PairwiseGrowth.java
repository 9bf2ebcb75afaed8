// Times a candidate's Java method on generated inputs of rising size: the Java twin of
// harness/growth-driver.py (see runner/measure-growth.ts), reporting on stdout the same
// "@pairwise-growth {json}" lines. The inputs come from growth-generate.py, run with the system
// Python in a process of its own; the method first runs a while on the smallest input, so the JIT
// has compiled it before anything is timed.
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

final class PairwiseGrowth {
    private final JsonNode config;
    private final ObjectMapper mapper;
    private final Class<?> solution;
    private final Method method;
    private final String prefix;
    private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long started = System.nanoTime();
    private final long cpuStarted;
    private final double budget;
    private final double wallBudget;
    /** Written by the measuring thread, read by the watchdog when the budget runs out. */
    private volatile String pendingSize = null;
    private volatile Long pendingStop = null;
    private boolean finished = false;

    private PairwiseGrowth(JsonNode config, ObjectMapper mapper, Class<?> solution, Method method) {
        this.config = config;
        this.mapper = mapper;
        this.solution = solution;
        this.method = method;
        this.prefix = config.get("prefix").asText();
        this.budget = config.get("budgetSeconds").asDouble();
        this.wallBudget = config.path("wallSeconds").asDouble(budget);
        this.cpuStarted = system.getProcessCpuTime();
    }

    static void measure(JsonNode config, ObjectMapper mapper, Class<?> solution, Method method) {
        new PairwiseGrowth(config, mapper, solution, method).run();
    }

    private synchronized void emit(Map<String, Object> message) {
        if (finished) return;
        try {
            out.write((prefix + mapper.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // Nothing reads the output any more.
        }
    }

    private static Map<String, Object> message(Object... pairs) {
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) message.put((String) pairs[i], pairs[i + 1]);
        return message;
    }

    private double wallLeft() {
        return wallBudget - (System.nanoTime() - started) / 1e9;
    }

    private double cpuLeft() {
        return budget - (system.getProcessCpuTime() - cpuStarted) / 1e9;
    }

    private double left() {
        return Math.min(cpuLeft(), wallLeft());
    }

    /** Ends the measurement from the watchdog: what was measured, where it stopped, and done. */
    private synchronized void overBudget() {
        if (finished) return;
        try {
            if (pendingSize != null) out.write((pendingSize + "\n").getBytes(StandardCharsets.UTF_8));
            Long stop = pendingStop;
            if (stop != null) {
                out.write((prefix + mapper.writeValueAsString(message("type", "stopped", "n", stop)) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write((prefix + "{\"type\":\"done\"}\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // Nothing reads the output any more.
        }
        finished = true;
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            while (true) {
                if (left() <= 0) overBudget();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pairwise-growth-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private String describe(Throwable error) {
        String text = String.valueOf(error);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** Runs growth-generate.py; the paths of the inputs it wrote, in size order. */
    private List<String> generate(long[] sizes) throws IOException, InterruptedException {
        Path work = Path.of("pairwise-growth").toAbsolutePath();
        Files.createDirectories(work);
        Path generator = work.resolve("generator.py");
        Files.writeString(generator, config.get("generator").asText());
        Path script = work.resolve("growth-generate.py");
        Files.writeString(script, config.get("generateScript").asText());
        ProcessBuilder builder = new ProcessBuilder(config.get("python").asText(), "-I", "-B",
                script.toString(), generator.toString(), work.toString(),
                mapper.writeValueAsString(sizes), config.get("seed").asText());
        builder.directory(work.toFile());
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        List<String> paths = new ArrayList<>();
        String error = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode report;
                try {
                    report = mapper.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                if (report.has("path")) paths.add(report.get("path").asText());
                else if (report.has("error")) {
                    JsonNode n = report.get("n");
                    String at = n == null || n.isNull() ? "" : " at n=" + n.asText();
                    error = "the generator failed" + at + ": " + report.get("error").asText();
                }
            }
        }
        if (!process.waitFor(Math.max(1, (long) (wallLeft() * 1000)), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            error = "the generator ran out of time";
        }
        if (error == null && paths.size() < sizes.length) error = "the generator stopped early";
        emit(message("type", "generated", "seconds", (System.nanoTime() - started) / 1e9));
        if (error != null) emit(message("type", "error", "stage", "generate", "error", error));
        return paths;
    }

    private Object[] decode(JsonNode args) throws IOException {
        java.lang.reflect.Type[] types = method.getGenericParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            JavaType type = mapper.getTypeFactory().constructType(types[i]);
            values[i] = mapper.readerFor(type).readValue(args.get(i));
        }
        return values;
    }

    /** Seconds for `calls` calls over the copies: the less of wall and this thread's CPU time. */
    private double timed(Object target, List<Object[]> copies, long calls) throws Throwable {
        int count = copies.size();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        try {
            for (long i = 0; i < calls; i++) method.invoke(target, copies.get((int) (i % count)));
        } catch (InvocationTargetException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        return Math.min(wallSeconds, cpuSeconds);
    }

    private List<Object[]> copies(JsonNode input, long count) throws IOException {
        List<Object[]> copies = new ArrayList<>();
        for (long i = 0; i < count; i++) copies.add(decode(input));
        return copies;
    }

    private void run() {
        long[] sizes = mapper.convertValue(config.get("sizes"), long[].class);
        double floor = config.get("floorSeconds").asDouble();
        int repeats = config.get("repeats").asInt();
        long maxBatch = config.get("maxBatch").asLong();
        long batchBytes = config.get("batchBytes").asLong();
        List<String> paths;
        Object target = null;
        try {
            if (!Modifier.isStatic(method.getModifiers())) {
                java.lang.reflect.Constructor<?> constructor = solution.getDeclaredConstructor();
                constructor.setAccessible(true);
                target = constructor.newInstance();
            }
            paths = generate(sizes);
        } catch (Throwable e) {
            emit(message("type", "error", "stage", "call", "error", describe(e)));
            emit(message("type", "done"));
            return;
        }
        startWatchdog();
        // The JIT compiles hot code in tiers: the smallest input runs a while before anything is timed.
        if (!paths.isEmpty()) {
            try {
                JsonNode first = mapper.readTree(Files.readString(Path.of(paths.get(0))));
                long until = System.nanoTime() + (long) (Math.min(config.get("warmUpSeconds").asDouble(), budget / 5) * 1e9);
                for (int i = 0; i < 100_000 && System.nanoTime() < until; i++) timed(target, copies(first, 1), 1);
            } catch (Throwable e) {
                // The timed calls report the error, with their size.
            }
        }
        List<double[]> previous = new ArrayList<>();
        for (int index = 0; index < sizes.length && index < paths.size(); index++) {
            long n = sizes[index];
            double slope = 1.0;
            if (previous.size() >= 2) {
                double[] older = previous.get(previous.size() - 2);
                double[] last = previous.get(previous.size() - 1);
                if (older[1] >= floor && last[1] >= floor) {
                    slope = Math.min(3.0, Math.max(1.0, Math.log(last[1] / older[1]) / Math.log(last[0] / older[0])));
                }
            }
            if (!previous.isEmpty()) {
                double[] last = previous.get(previous.size() - 1);
                if (last[1] * Math.pow(n / last[0], slope) > left()) {
                    emit(message("type", "stopped", "n", n));
                    break;
                }
            }
            String text;
            JsonNode input;
            try {
                text = Files.readString(Path.of(paths.get(index)));
                input = mapper.readTree(text);
            } catch (IOException e) {
                emit(message("type", "error", "stage", "call", "n", n, "error", describe(e)));
                break;
            }
            long distinct = Math.max(1, batchBytes / Math.max(1, text.length()));
            double bestSeconds = -1;
            long bestCalls = 0;
            boolean bestLong = false;
            int samples = 0;
            long calls = 1;
            pendingSize = null;
            pendingStop = n;
            System.gc();
            try {
                for (int attempt = 0; attempt < repeats + 8; attempt++) {
                    int wanted = calls == 1 ? repeats : repeats + 2;
                    if (samples >= wanted) break;
                    if (bestSeconds >= 0) {
                        if (bestSeconds * calls > left()) break;
                        if (bestSeconds * calls < floor) {
                            calls = Math.min(maxBatch, (long) Math.ceil(1.2 * floor / Math.max(bestSeconds, 1e-8)));
                        }
                    }
                    List<Object[]> copies = copies(input, Math.min(calls, distinct));
                    double elapsed = timed(target, copies, calls);
                    boolean longEnough = elapsed >= floor || calls >= maxBatch;
                    if (longEnough) samples++;
                    double seconds = elapsed / calls;
                    if (bestSeconds < 0 || (longEnough && !bestLong) || (longEnough == bestLong && seconds < bestSeconds)) {
                        bestSeconds = seconds;
                        bestCalls = calls;
                        bestLong = longEnough;
                    }
                    pendingSize = prefix + mapper.writeValueAsString(message("type", "size", "n", n,
                            "seconds", bestSeconds, "calls", bestCalls, "samples", Math.max(1, samples)));
                    pendingStop = index + 1 < sizes.length ? sizes[index + 1] : null;
                }
            } catch (Throwable e) {
                emit(message("type", "error", "stage", "call", "n", n, "error", describe(e)));
                break;
            }
            pendingSize = null;
            pendingStop = null;
            if (bestSeconds >= 0) {
                emit(message("type", "size", "n", n, "seconds", bestSeconds, "calls", bestCalls,
                        "samples", Math.max(1, samples)));
                previous.add(new double[] {n, bestSeconds});
            }
        }
        emit(message("type", "done"));
    }
}
