// libc++'s thread support on pure libc: std::thread, std::jthread with std::stop_token,
// std::mutex, std::shared_mutex, std::condition_variable(_any), std::future/std::async,
// std::latch, std::barrier and std::counting_semaphore. The output is deterministic.
//
// libc++ 19 still counts std::jthread and std::stop_token as experimental; this is what
// -fexperimental-library turns on (both are header-only).
#define _LIBCPP_ENABLE_EXPERIMENTAL 1
#include <atomic>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <latch>
#include <mutex>
#include <numeric>
#include <semaphore>
#include <shared_mutex>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

static void threads_and_mutex() {
  std::mutex m;
  long total = 0;
  std::vector<std::thread> ts;
  for (int i = 0; i < 8; i++)
    ts.emplace_back([&] {
      for (int j = 0; j < 10000; j++) {
        std::lock_guard<std::mutex> g(m);
        total++;
      }
    });
  for (auto& t : ts) t.join();
  std::printf("mutex: %ld\n", total);
}

static void jthread_stop() {
  std::atomic<int> loops{0};
  std::atomic<bool> saw_stop{false};
  {
    std::jthread worker([&](std::stop_token st) {
      while (!st.stop_requested()) {
        loops++;
        std::this_thread::sleep_for(1ms);
      }
      saw_stop = true;
    });
    while (loops < 3) std::this_thread::sleep_for(1ms);
  }  // the destructor requests stop and joins
  std::printf("jthread: stopped=%d\n", saw_stop.load() ? 1 : 0);

  // A stop_callback runs on request_stop; condition_variable_any waits are interruptible.
  std::stop_source src;
  std::atomic<int> callbacks{0};
  std::stop_callback cb(src.get_token(), [&] { callbacks++; });
  std::mutex m;
  std::condition_variable_any cv;
  bool woke_by_stop = false;
  std::thread waiter([&] {
    std::unique_lock<std::mutex> lk(m);
    woke_by_stop = !cv.wait(lk, src.get_token(), [] { return false; });
  });
  std::this_thread::sleep_for(10ms);
  src.request_stop();
  waiter.join();
  std::printf("stop_callback: %d, condition_variable_any interrupted: %d\n", callbacks.load(), woke_by_stop ? 1 : 0);
}

static void shared_mutex_readers() {
  std::shared_mutex sm;
  long a = 0, b = 0;
  std::atomic<int> torn{0};
  std::vector<std::thread> ts;
  for (int i = 0; i < 6; i++)
    ts.emplace_back([&, i] {
      for (int j = 0; j < 2000; j++) {
        if (i % 3 == 0) {
          std::unique_lock<std::shared_mutex> w(sm);
          a++;
          b++;
        } else {
          std::shared_lock<std::shared_mutex> r(sm);
          if (a != b) torn++;
        }
      }
    });
  for (auto& t : ts) t.join();
  std::printf("shared_mutex: a=%ld b=%ld torn=%d\n", a, b, torn.load());
}

static void condition_variable_queue() {
  std::mutex m;
  std::condition_variable cv;
  std::vector<int> queue;
  bool done = false;
  long sum = 0;
  std::thread consumer([&] {
    std::unique_lock<std::mutex> lk(m);
    for (;;) {
      cv.wait(lk, [&] { return !queue.empty() || done; });
      for (int v : queue) sum += v;
      queue.clear();
      if (done) break;
    }
  });
  for (int i = 1; i <= 1000; i++) {
    std::lock_guard<std::mutex> g(m);
    queue.push_back(i);
    cv.notify_one();
  }
  {
    std::lock_guard<std::mutex> g(m);
    done = true;
  }
  cv.notify_one();
  consumer.join();
  std::printf("condition_variable: sum=%ld\n", sum);

  std::unique_lock<std::mutex> lk(m);
  auto status = cv.wait_for(lk, 5ms);
  std::printf("wait_for: %s\n", status == std::cv_status::timeout ? "timeout" : "no_timeout");
}

static void futures() {
  auto f = std::async(std::launch::async, [] { return 6 * 7; });
  std::promise<std::string> p;
  auto pf = p.get_future();
  std::thread t([&] { p.set_value("promised"); });
  std::packaged_task<int(int)> task([](int x) { return x + 1; });
  auto tf = task.get_future();
  std::thread t2(std::move(task), 99);
  std::printf("async: %d, promise: %s, packaged_task: %d\n", f.get(), pf.get().c_str(), tf.get());
  t.join();
  t2.join();
  auto bad = std::async(std::launch::async, []() -> int { throw std::runtime_error("from a thread"); });
  try {
    bad.get();
  } catch (const std::exception& e) {
    std::printf("exception through future: %s\n", e.what());
  }
}

static void latch_barrier_semaphore() {
  constexpr int n = 4;
  std::latch started(n);
  std::atomic<int> phase_sum{0};
  int completions = 0;
  std::barrier sync(n, [&]() noexcept { completions++; });
  std::vector<std::thread> ts;
  for (int i = 0; i < n; i++)
    ts.emplace_back([&, i] {
      started.count_down();
      for (int phase = 0; phase < 3; phase++) {
        phase_sum += i;
        sync.arrive_and_wait();
      }
    });
  started.wait();
  for (auto& t : ts) t.join();
  std::printf("latch done, barrier completions=%d, sum=%d\n", completions, phase_sum.load());

  std::counting_semaphore<2> slots(2);
  std::atomic<int> inside{0}, most{0};
  ts.clear();
  for (int i = 0; i < 6; i++)
    ts.emplace_back([&] {
      for (int j = 0; j < 50; j++) {
        slots.acquire();
        int now = ++inside;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::yield();
        --inside;
        slots.release();
      }
    });
  for (auto& t : ts) t.join();
  std::binary_semaphore flag(0);
  std::printf("counting_semaphore: at most %s inside, try_acquire on empty: %d\n", most.load() <= 2 ? "2" : "more than 2",
              flag.try_acquire_for(2ms) ? 1 : 0);
}

int main() {
  threads_and_mutex();
  jthread_stop();
  shared_mutex_readers();
  condition_variable_queue();
  futures();
  latch_barrier_semaphore();
  std::thread::id main_id = std::this_thread::get_id();
  std::thread([&] { std::printf("distinct thread ids: %d\n", std::this_thread::get_id() != main_id ? 1 : 0); }).join();
  std::printf("hardware_concurrency > 0: %d\n", std::thread::hardware_concurrency() > 0 ? 1 : 0);
  return 0;
}
