import java.util.*;

// Provided by the harness (do not redefine):
//   record Row(int key, String value) {}                             // JSON [key, value]
//   record JoinedRow(int key, String leftValue, String rightValue) {}  // JSON [key, left, right]
//   record JoinResult(JoinedRow[] rows, int maxLoadBefore, int maxLoadAfter) {}
//   (JoinResult's JSON keys are rows, max_load_before and max_load_after)

class Solution {
    public JoinResult saltedJoin(Row[] left, Row[] right, int reducers, int hotThreshold,
            int salts) {
        // Simulate the salted reduce-side join; return rows and max reducer load before/after.
        return new JoinResult(new JoinedRow[0], 0, 0);
    }
}
