#include <iostream>
#include <string>

extern "C" const char *greeting(void);

int main() { std::cout << std::string(greeting()) << " from C++\n"; }
