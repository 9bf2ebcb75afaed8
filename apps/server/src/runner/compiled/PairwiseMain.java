// Runs a candidate's compiled Solution class against a job's cases; results go to fd 3.
//
// The Java twin of harness/python-harness.py: the job holds no expected values, one JSON line per
// message (load / case / done), NaN and the infinities travel as {"$number": name}. The method is
// found by name; each argument is decoded by Jackson into the type its parameter declares.
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

public final class PairwiseMain {
    private static final int CASE_BYTES = 1 << 20;
    private static final int RUN_BYTES = 4 << 20;
    private static final int ERROR_BYTES = 64 * 1024;
    private static final int PREVIEW_BYTES = 16 * 1024;
    private static final int MAX_FRAMES = 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static OutputStream results;
    private static long runBytesLeft = RUN_BYTES;
    private static String displayName = "Solution.java";
    private static int processLimit = 0;

    private PairwiseMain() {}

    private static void send(ObjectNode message) {
        try {
            byte[] line = (MAPPER.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
            results.write(line);
            results.flush();
        } catch (IOException e) {
            // The server stopped reading: nothing left to tell it.
        }
    }

    private static ObjectNode message(String type) {
        ObjectNode message = NODES.objectNode();
        message.put("type", type);
        return message;
    }

    /** {"$number": "NaN"} and the infinities become the doubles they stand for. */
    private static JsonNode untag(JsonNode node) {
        if (node.isObject()) {
            JsonNode name = node.get("$number");
            if (node.size() == 1 && name != null && name.isTextual()) {
                switch (name.asText()) {
                    case "NaN": return DoubleNode.valueOf(Double.NaN);
                    case "Infinity": return DoubleNode.valueOf(Double.POSITIVE_INFINITY);
                    case "-Infinity": return DoubleNode.valueOf(Double.NEGATIVE_INFINITY);
                    default: break;
                }
            }
            ObjectNode copy = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), untag(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            for (JsonNode item : node) copy.add(untag(item));
            return copy;
        }
        return node;
    }

    /** The other way: a non-finite double in a returned value becomes its tag. */
    private static JsonNode tag(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            double value = node.doubleValue();
            if (Double.isNaN(value)) return NODES.objectNode().put("$number", "NaN");
            if (Double.isInfinite(value)) {
                return NODES.objectNode().put("$number", value > 0 ? "Infinity" : "-Infinity");
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), tag(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            for (JsonNode item : node) copy.add(tag(item));
            return copy;
        }
        return node;
    }

    private static String previewOf(byte[] bytes) {
        int end = Math.min(bytes.length, PREVIEW_BYTES);
        // Back off to the start of a UTF-8 character.
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) end--;
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The value as reported: whole when it fits the case's and the run's budget, else a preview. */
    private static JsonNode capped(JsonNode value) throws IOException {
        byte[] bytes = MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        long room = Math.max(0, Math.min(CASE_BYTES, runBytesLeft));
        if (bytes.length <= room) {
            runBytesLeft -= bytes.length;
            return value;
        }
        String preview = previewOf(bytes);
        runBytesLeft -= preview.length();
        ObjectNode truncated = NODES.objectNode();
        truncated.put("$pairwise", "truncated");
        truncated.put("preview", preview);
        truncated.put("bytes", bytes.length);
        return truncated;
    }

    private static String cappedText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long room = Math.max(0, Math.min(ERROR_BYTES, runBytesLeft));
        if (bytes.length <= room) {
            runBytesLeft -= bytes.length;
            return text;
        }
        String kept = previewOf(bytes);
        runBytesLeft -= kept.length();
        return kept + "\n… [truncated: " + bytes.length + " bytes in all]";
    }

    /** A thread the process cap refused: the JVM says OutOfMemoryError, but memory is not why. */
    private static boolean threadRefused(Throwable error) {
        return error instanceof OutOfMemoryError && String.valueOf(error.getMessage()).contains("native thread");
    }

    private static String errorType(Throwable error) {
        if (threadRefused(error)) return "ThreadLimit";
        if (error instanceof OutOfMemoryError) return "MemoryError";
        return error.getClass().getSimpleName();
    }

    /** The error as the candidate should see it: only frames of their file, and its line. */
    private static void describe(ObjectNode message, Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error));
        Integer line = null;
        int shown = 0;
        for (StackTraceElement frame : error.getStackTrace()) {
            if (!displayName.equals(frame.getFileName())) continue;
            if (line == null && frame.getLineNumber() > 0) line = frame.getLineNumber();
            if (shown++ < MAX_FRAMES) text.append("\n\tat ").append(frame);
        }
        if (shown > MAX_FRAMES) text.append("\n\t… ").append(shown - MAX_FRAMES).append(" more");
        Throwable cause = error.getCause();
        if (cause != null && cause != error) text.append("\nCaused by: ").append(cause);
        if (threadRefused(error) && processLimit > 0) {
            text.append("\n(a run may start at most ").append(processLimit).append(" processes and threads)");
        }
        message.put("ok", false);
        message.put("error", cappedText(text.toString()));
        message.put("errorType", errorType(error));
        if (line == null) message.putNull("line");
        else message.put("line", line);
    }

    private static void failLoad(String error, String errorType) {
        ObjectNode load = message("load");
        load.put("ok", false);
        load.put("error", error);
        load.put("errorType", errorType);
        load.putNull("line");
        send(load);
        send(message("done"));
    }

    /** The Solution method of this name that takes this many arguments. */
    private static Method findMethod(Class<?> solution, String name, int arity) {
        List<Method> named = new ArrayList<>();
        for (Method method : solution.getDeclaredMethods()) {
            if (method.getName().equals(name) && !method.isSynthetic()) named.add(method);
        }
        Method found = null;
        for (Method method : named) {
            if (method.getParameterCount() != arity) continue;
            if (found != null) {
                throw new IllegalStateException("class Solution has two methods " + name + " taking "
                        + arity + " arguments: keep one");
            }
            found = method;
        }
        if (found == null) {
            throw new IllegalStateException(named.isEmpty()
                    ? "class Solution has no method " + name
                    : "class Solution's method " + name + " must take " + arity + " arguments");
        }
        found.setAccessible(true);
        return found;
    }

    private static Object[] decodeArguments(Method method, JsonNode args) {
        java.lang.reflect.Type[] types = method.getGenericParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            JavaType type = MAPPER.getTypeFactory().constructType(types[i]);
            try {
                values[i] = MAPPER.readerFor(type).readValue(untag(args.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("argument " + (i + 1) + " cannot be read as "
                        + types[i].getTypeName() + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new IllegalArgumentException("argument " + (i + 1) + " cannot be read as "
                        + types[i].getTypeName() + ": " + e.getMessage());
            }
        }
        return values;
    }

    private static ObjectNode runCase(Class<?> solution, Method method, JsonNode testCase) {
        ObjectNode result = message("case");
        result.put("index", testCase.get("index").asInt());
        long started = System.nanoTime();
        try {
            JsonNode args = testCase.get("args");
            Object[] values;
            try {
                values = decodeArguments(method, args);
            } catch (IllegalArgumentException e) {
                result.put("ok", false);
                result.put("error", cappedText(e.getMessage()));
                result.put("errorType", "TypeError");
                result.putNull("line");
                return result;
            }
            Object target = null;
            if (!Modifier.isStatic(method.getModifiers())) {
                java.lang.reflect.Constructor<?> constructor = solution.getDeclaredConstructor();
                constructor.setAccessible(true);
                target = constructor.newInstance();
            }
            started = System.nanoTime();
            Object value = method.invoke(target, values);
            double ms = (System.nanoTime() - started) / 1e6;
            JsonNode actual = tag(MAPPER.valueToTree(value));
            result.put("ok", true);
            result.set("actual", capped(actual));
            result.put("ms", Math.round(ms * 1000) / 1000.0);
            return result;
        } catch (InvocationTargetException e) {
            describe(result, e.getCause() == null ? e : e.getCause());
        } catch (Throwable e) {
            describe(result, e);
        }
        result.put("ms", Math.round((System.nanoTime() - started) / 1e3) / 1000.0);
        return result;
    }

    public static void main(String[] argv) throws IOException {
        results = new FileOutputStream(resultDescriptor());
        JsonNode job = MAPPER.readTree(new File(argv[0]));
        displayName = job.get("displayName").asText();
        String functionName = job.get("functionName").asText();
        int arity = job.get("arity").asInt();
        processLimit = job.path("processLimit").asInt(0);
        Class<?> solution;
        Method method;
        try {
            solution = Class.forName("Solution", true, PairwiseMain.class.getClassLoader());
            method = findMethod(solution, functionName, arity);
        } catch (ClassNotFoundException e) {
            failLoad(displayName + ": the code defines no class Solution", "NameError");
            halt();
            return;
        } catch (IllegalStateException e) {
            failLoad(displayName + ": " + e.getMessage(), "NameError");
            halt();
            return;
        } catch (Throwable e) {
            ObjectNode load = message("load");
            describe(load, e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e);
            send(load);
            send(message("done"));
            halt();
            return;
        }
        ObjectNode loaded = message("load");
        loaded.put("ok", true);
        send(loaded);
        if (job.hasNonNull("growth")) {
            // A growth measurement (runner/measure-growth.ts) instead of cases.
            PairwiseGrowth.measure(job.get("growth"), MAPPER, solution, method);
            send(message("done"));
            halt();
            return;
        }
        for (JsonNode testCase : job.get("cases")) {
            ObjectNode result;
            try {
                result = runCase(solution, method, testCase);
            } catch (Throwable e) {
                result = message("case");
                result.put("index", testCase.get("index").asInt());
                result.put("ms", 0);
                describe(result, e);
            }
            send(result);
        }
        send(message("done"));
        halt();
    }

    /**
     * fd 3 as a stream. It is a socket, which /proc/self/fd/3 cannot reopen, so the descriptor is
     * made by hand (the JVM runs with --add-opens java.base/java.io for this).
     */
    private static java.io.FileDescriptor resultDescriptor() throws IOException {
        try {
            java.io.FileDescriptor descriptor = new java.io.FileDescriptor();
            java.lang.reflect.Field fd = java.io.FileDescriptor.class.getDeclaredField("fd");
            fd.setAccessible(true);
            fd.setInt(descriptor, 3);
            return descriptor;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("fd 3 cannot be opened", e);
        }
    }

    /** Threads or shutdown hooks the candidate left behind must not hold the run open. */
    private static void halt() {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }
}
