import java.util.*;

// Provided by the harness (do not redefine):
//   record Touch(long user, long time, String channel) {}      // JSON [user, time, channel]
//   record Conversion(long user, long time, double value) {}   // JSON [user, time, value]
//   record ChannelCredit(String channel, double credit) {}     // JSON [channel, credit]

class Solution {
    public ChannelCredit[] attributeConversions(Touch[] touches, Conversion[] conversions,
            long lookback) {
        // Return (channel, credit) pairs, highest credit first.
        return new ChannelCredit[0];
    }
}
