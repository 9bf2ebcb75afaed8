#include <string>
#include <vector>

std::vector<int> wordpiece_encode(const std::vector<std::string>& vocab, const std::string& text,
                                  const std::string& unk_token, int max_word_len) {
    // Return the ids of the WordPiece tokens of every word of text, in order.
    return {};
}
