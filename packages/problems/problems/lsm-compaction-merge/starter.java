import java.util.*;

class Solution {
    // record Put(String key, long timestamp, String value) is provided; an empty value is a deletion.
    // shards[s] is sorted by key. Return the visible write of every live key, sorted by key.
    public Put[] compactShards(Put[][] shards) {
        return new Put[0];
    }
}
