// Mutant: numbers the blobs by their union-find root's provisional label instead of by their first pixel
import java.util.*;

class Solution {
    private int[] parent = new int[16];
    private int used = 1;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public Components labelComponents(String[] grid, int[][] probes) {
        int height = grid.length;
        int width = height > 0 ? grid[0].length() : 0;
        int[] labels = new int[height * width];
        int[][] neighbours = {{0, -1}, {-1, -1}, {-1, 0}, {-1, 1}};
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (grid[r].charAt(c) != '#') continue;
                int here = 0;
                for (int[] d : neighbours) {
                    int rr = r + d[0], cc = c + d[1];
                    if (rr < 0 || cc < 0 || cc >= width) continue;
                    int other = labels[rr * width + cc];
                    if (other == 0) continue;
                    if (here == 0) {
                        here = other;
                        labels[r * width + c] = other;
                        continue;
                    }
                    int a = find(here), b = find(other);
                    if (a != b) parent[Math.min(a, b)] = Math.max(a, b);
                }
                if (here == 0) {
                    if (used == parent.length) parent = Arrays.copyOf(parent, 2 * used);
                    parent[used] = used;
                    labels[r * width + c] = used++;
                }
            }
        }
        Map<Integer, Integer> roots = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int p = 0; p < height * width; p++) {
            if (labels[p] == 0) continue;
            int root = find(labels[p]);
            Integer k = roots.get(root);
            if (k == null) {
                k = roots.size() + 1;
                roots.put(root, k);
                sizes.add(0);
            }
            sizes.set(k - 1, sizes.get(k - 1) + 1);
        }
        // Number the blobs by their root's provisional label.
        List<Integer> order = new ArrayList<>(roots.keySet());
        Collections.sort(order);
        List<Integer> renumbered = new ArrayList<>();
        Map<Integer, Integer> byRoot = new HashMap<>();
        for (int root : order) {
            renumbered.add(sizes.get(roots.get(root) - 1));
            byRoot.put(root, byRoot.size() + 1);
        }
        sizes = renumbered;
        roots = byRoot;
        int[] probeLabels = new int[probes.length];
        for (int i = 0; i < probes.length; i++) {
            int p = probes[i][0] * width + probes[i][1];
            probeLabels[i] = labels[p] == 0 ? 0 : roots.get(find(labels[p]));
        }
        int[] sizeArray = sizes.stream().mapToInt(Integer::intValue).toArray();
        return new Components(sizeArray.length, sizeArray, probeLabels);
    }
}
