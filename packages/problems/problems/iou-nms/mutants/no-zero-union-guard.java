// Mutant: divides by a zero union for two zero-area boxes, and NaN suppresses
import java.util.*;

class Solution {
    private static double area(double[] b) {
        return (b[2] - b[0]) * (b[3] - b[1]);
    }

    static double iou(double[] a, double[] b) {
        double interW = Math.max(0.0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
        double interH = Math.max(0.0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
        double inter = interW * interH;
        double union = area(a) + area(b) - inter;
        return inter / union;
    }

    public int[] nonMaxSuppression(double[][] boxes, double[] scores, int[] classes, double iouThreshold) {
        Integer[] order = new Integer[boxes.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        // Highest score first; Arrays.sort on objects is stable, so equal scores keep index order.
        Arrays.sort(order, (i, j) -> Double.compare(scores[j], scores[i]));
        Map<Integer, List<Integer>> keptByClass = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i : order) {
            // A box survives unless a kept box of its own class overlaps it by more than the threshold.
            List<Integer> sameClass = keptByClass.computeIfAbsent(classes[i], c -> new ArrayList<>());
            boolean keep = true;
            for (int j : sameClass) {
                if (!(iou(boxes[i], boxes[j]) <= iouThreshold)) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                sameClass.add(i);
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }
}
