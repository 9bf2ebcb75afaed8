// Mutant: merges sketches by adding registers instead of taking the maximum
import java.util.*;

class Solution {
    // SplitMix64's finaliser: long arithmetic wraps modulo 2^64, and >>> is the logical shift.
    static long mix64(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double alpha(int m) {
        if (m == 16) return 0.673;
        if (m == 32) return 0.697;
        if (m == 64) return 0.709;
        return 0.7213 / (1 + 1.079 / m);
    }

    public HllEstimate mergeAndEstimate(int[][] sketches, long[] items, int p) {
        int m = 1 << p;
        // Merging sketches is a register-wise max; no sketches means all zeros.
        int[] registers = new int[m];
        for (int[] sketch : sketches) {
            for (int j = 0; j < m; j++) registers[j] += sketch[j];
        }
        int width = 64 - p;
        for (long item : items) {
            long h = mix64(item);
            int index = (int) (h >>> width);
            long rest = h << p; // the (64 - p)-bit word moved to the top, zeros shifted in below
            // Rank: first 1 bit of the word counted from 1; 65 - p when the word is zero.
            int rank = rest == 0 ? width + 1 : Long.numberOfLeadingZeros(rest) + 1;
            if (rank > registers[index]) registers[index] = rank;
        }
        int zeros = 0;
        double sum = 0;
        for (int r : registers) {
            if (r == 0) zeros++;
            sum += Math.scalb(1.0, -r);
        }
        double raw = alpha(m) * m * m / sum;
        double estimate = raw <= 2.5 * m && zeros > 0 ? m * Math.log((double) m / zeros) : raw;
        return new HllEstimate(estimate, zeros, registers);
    }
}
