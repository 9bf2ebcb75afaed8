import java.util.*;

class Solution {
    /** The rows one reducer received for one (key, salt), by side. */
    private record Group(List<String> left, List<String> right) {
        Group() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private record Bucket(int key, int salt) {}

    public JoinResult saltedJoin(Row[] left, Row[] right, int reducers, int hotThreshold,
            int salts) {
        // Plain shuffle: every row of key k goes to reducer k mod R.
        int[] before = new int[reducers];
        for (Row row : left) before[row.key() % reducers]++;
        for (Row row : right) before[row.key() % reducers]++;

        Map<Integer, Integer> leftCount = new HashMap<>();
        for (Row row : left) leftCount.merge(row.key(), 1, Integer::sum);
        Set<Integer> hot = new HashSet<>();
        leftCount.forEach((key, count) -> {
            if (count >= hotThreshold) hot.add(key);
        });

        // Salted shuffle: each reducer groups its rows by (key, salt) and joins the two sides.
        List<Map<Bucket, Group>> inbox = new ArrayList<>();
        for (int r = 0; r < reducers; r++) inbox.add(new HashMap<>());
        int[] after = new int[reducers];
        Map<Integer, Integer> seenLeft = new HashMap<>();
        for (Row row : left) {
            int salt = 0;
            if (hot.contains(row.key())) {
                int j = seenLeft.merge(row.key(), 1, Integer::sum) - 1;
                salt = j % salts;
            }
            int r = (row.key() + salt) % reducers;
            inbox.get(r).computeIfAbsent(new Bucket(row.key(), salt), b -> new Group())
                    .left().add(row.value());
            after[r]++;
        }
        for (Row row : right) {
            int copies = hot.contains(row.key()) ? salts : 1; // replicate to every salt
            for (int salt = 0; salt < copies; salt++) {
                int r = (row.key() + salt) % reducers;
                inbox.get(r).computeIfAbsent(new Bucket(row.key(), salt), b -> new Group())
                        .right().add(row.value());
                after[r]++;
            }
        }

        List<JoinedRow> rows = new ArrayList<>();
        for (Map<Bucket, Group> groups : inbox) {
            groups.forEach((bucket, group) -> {
                for (String lv : group.left()) {
                    for (String rv : group.right()) rows.add(new JoinedRow(bucket.key(), lv, rv));
                }
            });
        }
        rows.sort(Comparator.comparingInt(JoinedRow::key)
                .thenComparing(JoinedRow::leftValue)
                .thenComparing(JoinedRow::rightValue));

        return new JoinResult(rows.toArray(new JoinedRow[0]), Arrays.stream(before).max().orElse(0),
                Arrays.stream(after).max().orElse(0));
    }
}
