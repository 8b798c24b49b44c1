/* Start-up: the libc's whole start-up and exit path, and nothing else. */
int main(void) { return 0; }
