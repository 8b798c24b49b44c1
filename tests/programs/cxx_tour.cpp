// A tour of libc++ on pure libc: iostream, containers, exceptions across functions,
// threads with mutex and condition variable, thread_local destructors, filesystem.
#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

static int parse_positive(const std::string& s) {
  int v = std::stoi(s);
  if (v <= 0) throw std::invalid_argument("not positive: " + s);
  return v;
}

static int sum_all(const std::vector<std::string>& items) {
  int total = 0;
  for (const auto& s : items) total += parse_positive(s);
  return total;
}

static std::mutex log_mutex;
static std::vector<std::string> log_lines;

struct Tracer {
  int id;
  explicit Tracer(int i) : id(i) {}
  ~Tracer() {
    std::lock_guard<std::mutex> g(log_mutex);
    log_lines.push_back("thread_local destroyed " + std::to_string(id));
  }
};

static void use_thread_local(int id) {
  thread_local Tracer t(id);
  (void)t;
}

int main() {
  // Containers and strings.
  std::map<std::string, int> counts;
  std::istringstream words("pear apple pear fig apple pear");
  for (std::string w; words >> w;) counts[w]++;
  for (const auto& [word, n] : counts) std::cout << word << '=' << n << ' ';
  std::cout << '\n';

  // Exceptions thrown in one function and caught in another.
  std::cout << "sum " << sum_all({"1", "2", "39"}) << '\n';
  try {
    sum_all({"4", "-2"});
    std::cout << "no exception\n";
  } catch (const std::invalid_argument& e) {
    std::cout << "caught: " << e.what() << '\n';
  }
  try {
    std::vector<int> v(3);
    (void)v.at(7);
  } catch (const std::out_of_range&) {
    std::cout << "caught out_of_range\n";
  }

  // Threads: a producer/consumer pair over a mutex and a condition variable.
  std::mutex m;
  std::condition_variable cv;
  std::vector<int> queue;
  bool done = false;
  long consumed = 0;
  std::thread consumer([&] {
    use_thread_local(2);
    std::unique_lock<std::mutex> lk(m);
    for (;;) {
      cv.wait(lk, [&] { return !queue.empty() || done; });
      while (!queue.empty()) {
        consumed += queue.back();
        queue.pop_back();
      }
      if (done) break;
    }
  });
  std::thread producer([&] {
    use_thread_local(1);
    for (int i = 1; i <= 1000; i++) {
      std::lock_guard<std::mutex> g(m);
      queue.push_back(i);
      cv.notify_one();
    }
    std::lock_guard<std::mutex> g(m);
    done = true;
    cv.notify_one();
  });
  producer.join();
  consumer.join();
  std::cout << "consumed " << consumed << '\n';
  {
    std::lock_guard<std::mutex> g(log_mutex);
    std::sort(log_lines.begin(), log_lines.end());
    for (const auto& l : log_lines) std::cout << l << '\n';
  }

  // Filesystem in a fresh temporary directory.
  fs::path dir = fs::temp_directory_path() / ("pure-tour-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "a" / "b");
  std::ofstream(dir / "a" / "one.txt") << "one\n";
  std::ofstream(dir / "a" / "b" / "two.txt") << "two two\n";
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) found.push_back(fs::relative(e.path(), dir).string() + ":" + std::to_string(e.file_size()));
  std::sort(found.begin(), found.end());
  for (const auto& f : found) std::cout << f << '\n';
  fs::rename(dir / "a" / "one.txt", dir / "uno.txt");
  std::cout << "exists " << fs::exists(dir / "uno.txt") << fs::exists(dir / "a" / "one.txt") << '\n';
  std::cout << "removed " << fs::remove_all(dir) << '\n';
  std::cout << "dir gone " << !fs::exists(dir) << '\n';
  return 0;
}
