// A TCP echo service over loopback, the way real programs write one: getaddrinfo with
// AI_PASSIVE for the server, getnameinfo for the port it got, getaddrinfo again for the
// client, a server thread that shouts back each line, and iostream output.
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>

static int listen_on_loopback(std::string& port) {
  addrinfo hints{};
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV;
  addrinfo* res = nullptr;
  if (getaddrinfo("127.0.0.1", "0", &hints, &res) != 0) return -1;
  int fd = socket(res->ai_family, res->ai_socktype | SOCK_CLOEXEC, res->ai_protocol);
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(fd, res->ai_addr, res->ai_addrlen) != 0 || listen(fd, 4) != 0) return -1;
  freeaddrinfo(res);
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
  char serv[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<sockaddr*>(&ss), len, nullptr, 0, serv, sizeof serv, NI_NUMERICSERV) != 0) return -1;
  port = serv;
  return fd;
}

static void serve(int listener) {
  int c = accept(listener, nullptr, nullptr);
  std::string pending;
  char buf[256];
  ssize_t n;
  while ((n = recv(c, buf, sizeof buf, 0)) > 0) {
    pending.append(buf, static_cast<size_t>(n));
    size_t nl;
    while ((nl = pending.find('\n')) != std::string::npos) {
      std::string line = pending.substr(0, nl + 1);
      pending.erase(0, nl + 1);
      for (char& ch : line) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      send(c, line.data(), line.size(), MSG_NOSIGNAL);
    }
  }
  close(c);
}

int main() {
  std::string port;
  int listener = listen_on_loopback(port);
  if (listener < 0) {
    std::cerr << "listen failed\n";
    return 1;
  }
  std::cout << "port is numeric: " << (port.find_first_not_of("0123456789") == std::string::npos) << "\n";
  std::thread server(serve, listener);

  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICHOST;
  addrinfo* res = nullptr;
  int r = getaddrinfo("127.0.0.1", port.c_str(), &hints, &res);
  std::cout << "getaddrinfo: " << gai_strerror(r) << "\n";
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  std::cout << "connect: " << connect(fd, res->ai_addr, res->ai_addrlen) << "\n";
  char host[NI_MAXHOST];
  getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, nullptr, 0, NI_NUMERICHOST);
  std::cout << "peer: " << host << "\n";
  freeaddrinfo(res);

  const char* lines[] = {"hello, pure\n", "sockets work\n"};
  std::string reply;
  for (const char* l : lines) {
    send(fd, l, std::strlen(l), MSG_NOSIGNAL);
    char buf[64];
    size_t want = std::strlen(l), got = 0;
    while (got < want) {
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      reply.append(buf, static_cast<size_t>(n));
      got += static_cast<size_t>(n);
    }
  }
  std::cout << reply;
  shutdown(fd, SHUT_WR);
  server.join();
  close(fd);
  close(listener);
  return 0;
}
