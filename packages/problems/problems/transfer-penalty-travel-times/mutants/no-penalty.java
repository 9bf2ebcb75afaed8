// Mutant: ignores the change penalty, so every trip is timed by its rides alone
import java.util.*;

class Solution {
    public long[] travelTimes(int n, int[][] rides, int[] changePenalty, int source) {
        // States 0..n-1: "at stop v, free to board any line". Further states: "just arrived at
        // stop v on line L", created on demand. A change of line passes through the free state.
        Map<Long, Integer> lineState = new HashMap<>();
        List<Integer> stopOf = new ArrayList<>();
        List<List<long[]>> adjacency = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            stopOf.add(v);
            adjacency.add(new ArrayList<>());
        }
        for (int[] ride : rides) {
            int arrive = stateOf(ride[1], ride[3], lineState, stopOf, adjacency, changePenalty);
            int onLine = stateOf(ride[0], ride[3], lineState, stopOf, adjacency, changePenalty);
            adjacency.get(ride[0]).add(new long[] {arrive, ride[2]}); // board from the free state
            adjacency.get(onLine).add(new long[] {arrive, ride[2]}); // stay on the same line
        }

        int states = stopOf.size();
        long[] dist = new long[states];
        Arrays.fill(dist, -1);
        dist[source] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, source});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            long d = top[0];
            int s = (int) top[1];
            if (d > dist[s]) continue; // a stale heap entry
            for (long[] edge : adjacency.get(s)) {
                int next = (int) edge[0];
                long candidate = d + edge[1];
                if (dist[next] < 0 || candidate < dist[next]) {
                    dist[next] = candidate;
                    heap.add(new long[] {candidate, next});
                }
            }
        }

        long[] best = new long[n];
        Arrays.fill(best, -1);
        best[source] = 0;
        for (int s = n; s < states; s++) {
            int stop = stopOf.get(s);
            if (dist[s] >= 0 && (best[stop] < 0 || dist[s] < best[stop])) best[stop] = dist[s];
        }
        return best;
    }

    private static int stateOf(int stop, int line, Map<Long, Integer> lineState,
                               List<Integer> stopOf, List<List<long[]>> adjacency,
                               int[] changePenalty) {
        long key = ((long) stop << 32) | line;
        Integer id = lineState.get(key);
        if (id == null) {
            id = stopOf.size();
            lineState.put(key, id);
            stopOf.add(stop);
            // getting off the line at this stop costs the stop's change penalty
            List<long[]> out = new ArrayList<>();
            out.add(new long[] {stop, 0});
            adjacency.add(out);
        }
        return id;
    }
}
