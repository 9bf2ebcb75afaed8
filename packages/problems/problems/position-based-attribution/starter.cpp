#include <string>
#include <vector>

// Provided by the harness (do not redefine):
//   struct Touch { long long user; long long time; std::string channel; };  // JSON [user, time, channel]
//   struct Conversion { long long user; long long time; double value; };    // JSON [user, time, value]
//   struct ChannelCredit { std::string channel; double credit; };           // JSON [channel, credit]

std::vector<ChannelCredit> attribute_conversions(const std::vector<Touch>& touches,
                                                 const std::vector<Conversion>& conversions,
                                                 long long lookback) {
    // Return (channel, credit) pairs, highest credit first.
    return {};
}
