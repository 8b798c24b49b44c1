#include <thread>
#include <vector>
#include <atomic>
int main() {
  std::atomic<int> sum{0};
  std::vector<std::thread> ts;
  for (int i = 1; i <= 4; i++) ts.emplace_back([&sum, i] { sum += i; });
  for (auto &t : ts) t.join();
  return sum == 10 ? 0 : 1;
}
