// Mutant: hashes in int arithmetic, so a * key overflows and wraps, and a negative remainder indexes outside the row
import java.util.*;

class Solution {
    public long[] countMinEstimates(int width, int prime, HashRow[] hashParams, Update[] updates,
            int[] queries) {
        int depth = hashParams.length;
        long[][] table = new long[depth][width];
        for (Update update : updates) {
            for (int r = 0; r < depth; r++) {
                table[r][column(hashParams[r], update.key(), prime, width)] += update.count();
            }
        }

        long[] estimates = new long[queries.length];
        for (int q = 0; q < queries.length; q++) {
            long estimate = Long.MAX_VALUE;
            for (int r = 0; r < depth; r++) {
                estimate = Math.min(estimate, table[r][column(hashParams[r], queries[q], prime,
                        width)]);
            }
            estimates[q] = estimate;
        }
        return estimates;
    }

    // a * key can reach about 2^62: multiply in long, which an int product would overflow.
    private static int column(HashRow row, int key, int prime, int width) {
        return (row.a() * key + row.b()) % prime % width;
    }
}
