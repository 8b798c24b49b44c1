#include <iostream>
#include <numeric>
#include <thread>
#include <vector>

extern "C" const char *greeting(void);

int main() {
  std::vector<int> v(100);
  std::iota(v.begin(), v.end(), 0);
  int sum = 0;
  std::thread t([&] { sum = std::accumulate(v.begin(), v.end(), 0); });
  t.join();
  std::cout << greeting() << " C++, sum " << sum << "\n";
}
