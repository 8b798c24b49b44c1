/* netpacket/packet.h: AF_PACKET sockets (struct sockaddr_ll, PACKET_* options), as the
   kernel defines them in linux/if_packet.h. */
#ifndef _NETPACKET_PACKET_H
#define _NETPACKET_PACKET_H
#include <linux/if_packet.h>
#endif
