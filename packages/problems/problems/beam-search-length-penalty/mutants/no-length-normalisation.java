// Mutant: picks the answer by raw score and only normalises the score it reports
import java.util.*;

class Solution {
    private static final class Hyp {
        final double score;
        final int[] tokens;

        Hyp(double score, int[] tokens) {
            this.score = score;
            this.tokens = tokens;
        }
    }

    // Lexicographic order of token lists; a proper prefix comes first.
    private static int compareTokens(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    public Hypothesis beamSearch(double[][] logp, int start, int end, int beamWidth, int maxLen, double alpha) {
        List<Hyp> beam = new ArrayList<>();
        beam.add(new Hyp(0.0, new int[0]));
        List<Hyp> finished = new ArrayList<>();
        for (int round = 0; round < maxLen && !beam.isEmpty(); round++) {
            List<Hyp> candidates = new ArrayList<>();
            for (Hyp hyp : beam) {
                int last = hyp.tokens.length > 0 ? hyp.tokens[hyp.tokens.length - 1] : start;
                for (int token = 0; token < logp[last].length; token++) {
                    double lp = logp[last][token];
                    if (lp == Double.NEGATIVE_INFINITY) continue;
                    int[] tokens = Arrays.copyOf(hyp.tokens, hyp.tokens.length + 1);
                    tokens[hyp.tokens.length] = token;
                    candidates.add(new Hyp(hyp.score + lp, tokens));
                }
            }
            // Highest raw score first; equal scores: the lexicographically smaller sequence.
            candidates.sort((a, b) -> a.score != b.score
                    ? Double.compare(b.score, a.score)
                    : compareTokens(a.tokens, b.tokens));
            beam = new ArrayList<>();
            for (Hyp hyp : candidates.subList(0, Math.min(beamWidth, candidates.size()))) {
                // A hypothesis that emits the end token leaves the beam for good.
                if (hyp.tokens[hyp.tokens.length - 1] == end) finished.add(hyp);
                else beam.add(hyp);
            }
        }
        finished.addAll(beam); // hypotheses still open after maxLen rounds are complete too
        Hyp best = null;
        double bestNorm = Double.NEGATIVE_INFINITY;
        for (Hyp hyp : finished) {
            double norm = hyp.score;
            if (best == null || norm > bestNorm
                    || (norm == bestNorm && compareTokens(hyp.tokens, best.tokens) < 0)) {
                best = hyp;
                bestNorm = norm;
            }
        }
        if (best == null) return new Hypothesis(new int[0], Double.NEGATIVE_INFINITY);
        return new Hypothesis(best.tokens, bestNorm / Math.pow(best.tokens.length, alpha));
    }
}
