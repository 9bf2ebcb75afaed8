import java.util.*;

class Solution {
    public Components labelComponents(String[] grid, int[][] probes) {
        int height = grid.length;
        int width = height > 0 ? grid[0].length() : 0;
        // Pad with a background border so neighbour lookups need no bounds checks.
        // -1 marks a defect pixel not labelled yet.
        int stride = width + 2;
        int[] labels = new int[(height + 2) * stride];
        for (int r = 0; r < height; r++) {
            int base = (r + 1) * stride + 1;
            for (int c = 0; c < width; c++) {
                if (grid[r].charAt(c) == '#') labels[base + c] = -1;
            }
        }
        int[] offsets = {-stride - 1, -stride, -stride + 1, -1, 1, stride - 1, stride, stride + 1};
        int[] stack = new int[height * width + 1];
        List<Integer> sizes = new ArrayList<>();
        // Flooding each blob as soon as the row-major scan meets it numbers blobs by first pixel.
        for (int r = 0; r < height; r++) {
            int base = (r + 1) * stride + 1;
            for (int p = base; p < base + width; p++) {
                if (labels[p] != -1) continue;
                int label = sizes.size() + 1;
                labels[p] = label;
                int top = 0;
                stack[top++] = p;
                int size = 0;
                while (top > 0) {
                    int q = stack[--top];
                    size++;
                    for (int d : offsets) {
                        int n = q + d;
                        if (labels[n] == -1) {
                            labels[n] = label;
                            stack[top++] = n;
                        }
                    }
                }
                sizes.add(size);
            }
        }
        int[] probeLabels = new int[probes.length];
        for (int i = 0; i < probes.length; i++) {
            probeLabels[i] = labels[(probes[i][0] + 1) * stride + probes[i][1] + 1];
        }
        int[] sizeArray = sizes.stream().mapToInt(Integer::intValue).toArray();
        return new Components(sizeArray.length, sizeArray, probeLabels);
    }
}
