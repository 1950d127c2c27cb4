#pragma once
// A small GGUF (v3) header writer for tests: metadata and tensor infos,
// optionally followed by zero-filled tensor data, so the reader can be
// checked against files whose every byte is known.

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace deepplan::test {

class GgufWriter {
public:
    explicit GgufWriter(std::uint32_t version = 3) : version_(version) {}

    void kv_u32(const std::string& key, std::uint32_t v) { kv(key, 4, pod(v)); }
    void kv_f32(const std::string& key, float v) { kv(key, 6, pod(v)); }
    void kv_str(const std::string& key, const std::string& v) { kv(key, 8, str(v)); }
    /// An array of `n` strings "t0", "t1"... (like tokenizer.ggml.tokens).
    void kv_str_array(const std::string& key, std::uint64_t n)
    {
        std::string b = pod(std::uint32_t{8}) + pod(n);
        for (std::uint64_t i = 0; i < n; ++i) b += str("t" + std::to_string(i));
        kv(key, 9, b);
    }
    void tensor(const std::string& name, std::vector<std::uint64_t> dims, std::uint32_t type, std::uint64_t bytes = 0)
    {
        std::string b = str(name) + pod(static_cast<std::uint32_t>(dims.size()));
        for (auto d : dims) b += pod(d);
        b += pod(type) + pod(offset_);
        offset_ += (bytes + 31) / 32 * 32;
        tensors_ += b;
        ++n_tensors_;
    }
    /// The header bytes (no tensor data).
    [[nodiscard]] std::string header() const
    {
        return std::string("GGUF") + pod(version_) + pod(n_tensors_) + pod(n_kv_) + kvs_ + tensors_;
    }
    /// Raw access for corrupting tests.
    static std::string pod_u64(std::uint64_t v) { return pod(v); }

private:
    template <class T>
    static std::string pod(T v)
    {
        std::string s(sizeof(T), '\0');
        std::memcpy(s.data(), &v, sizeof(T));
        return s;
    }
    static std::string str(const std::string& s) { return pod(static_cast<std::uint64_t>(s.size())) + s; }
    void kv(const std::string& key, std::uint32_t type, const std::string& value)
    {
        kvs_ += str(key) + pod(type) + value;
        ++n_kv_;
    }

    std::uint32_t version_;
    std::uint64_t n_tensors_ = 0;
    std::uint64_t n_kv_ = 0;
    std::uint64_t offset_ = 0;
    std::string kvs_;
    std::string tensors_;
};

}  // namespace deepplan::test
