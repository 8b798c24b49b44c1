// C++ thread_local objects with constructors and destructors, std::thread, std::mutex,
// std::condition_variable, and exceptions thrown and caught inside threads (libunwind
// finds the unwind tables through dl_iterate_phdr).
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>
#include "../check.h"

static std::atomic<int> constructed{0}, destroyed{0};

struct Counted {
  int value = 10;
  Counted() { constructed++; }
  ~Counted() { destroyed++; }
};

thread_local Counted counted;
thread_local int plain = 5;

static int throw_and_catch(int i) {
  try {
    if (i >= 0) throw std::runtime_error("from a thread");
  } catch (const std::runtime_error& e) {
    return 1;
  }
  return 0;
}

int main() {
  std::mutex m;
  std::condition_variable cv;
  int arrived = 0;
  std::atomic<int> caught{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 6; i++) {
    threads.emplace_back([&, i] {
      counted.value += i;  // first use constructs this thread's object
      plain += i;
      caught += throw_and_catch(i);
      std::lock_guard<std::mutex> g(m);
      arrived++;
      cv.notify_all();
    });
  }
  {
    std::unique_lock<std::mutex> l(m);
    cv.wait(l, [&] { return arrived == 6; });
  }
  for (auto& t : threads) t.join();
  // Every thread constructed and destroyed its own object; main has not used its own yet.
  CHECK_INT(constructed.load(), 6);
  CHECK_INT(destroyed.load(), 6);
  CHECK_INT(caught.load(), 6);
  CHECK_INT(plain, 5);
  CHECK_INT(counted.value, 10);
  CHECK_INT(constructed.load(), 7);
  CHECK(std::thread::hardware_concurrency() >= 1);
  return check_done();
}
