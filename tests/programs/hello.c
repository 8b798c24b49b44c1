#include <stdio.h>

int main(void) {
  puts("Hello from Pure!");
  return 0;
}
