package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #16.1 and its follow-up: of everything the portal's server listens on, only the portal itself (HTTP and
 * HTTPS) answers on the network; the admin listener, JMX, IIOP, the data grid, the JMS broker and Payara's own H2
 * database are on the loopback interface or not listening at all. Read from the kernel's socket table
 * ({@code /proc/net/tcp*}) for the process that owns the HTTP port, so a listener on a random port is found too.
 */
@DisplayName("Security: only the portal listens on the network (#16.1)")
class ListeningPortsST {

    private static final int HTTP_PORT = URI.create(Browser.BASE_URL).getPort();
    private static final int ADMIN_PORT = Integer.getInteger("test.admin.port", 14848);

    @Test
    @DisplayName("the server's sockets on every interface are the HTTP and HTTPS listeners only")
    void onlyThePortalOnTheNetwork() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "a Linux kernel socket table to read");
        List<Socket> listening = listening();
        Socket http = listening.stream().filter(s -> s.port() == HTTP_PORT).findFirst()
                .orElseThrow(() -> new AssertionError("nothing listens on the HTTP port " + HTTP_PORT));
        Optional<Long> pid = owner(http.inode());
        assumeTrue(pid.isPresent(), "the server process is visible to this user");
        Set<Long> inodes = socketInodes(pid.get());
        Set<Integer> open = new TreeSet<>();
        Set<Integer> loopback = new TreeSet<>();
        for (Socket s : listening) {
            if (inodes.contains(s.inode())) {
                (s.loopback() ? loopback : open).add(s.port());
            }
        }
        assertEquals(new TreeSet<>(Set.of(HTTP_PORT, ADMIN_PORT + 1)), open,
                "ports of the server on every interface (HTTP " + HTTP_PORT + ", HTTPS " + (ADMIN_PORT + 1)
                        + "); on loopback: " + loopback);
        assertTrue(loopback.contains(ADMIN_PORT), "the admin listener is there, on loopback: " + loopback);
    }

    private record Socket(int port, boolean loopback, long inode) {
    }

    /** LISTEN sockets (state 0A) of /proc/net/tcp and tcp6: local port, bound to loopback or not, inode. */
    private static List<Socket> listening() {
        List<Socket> out = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && "0A".equals(f[3])) {
                        String[] local = f[1].split(":");
                        out.add(new Socket(Integer.parseInt(local[1], 16), loopback(local[0]), Long.parseLong(f[9])));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** 127.x.x.x (tcp: little-endian hex), ::1 or ::ffff:127.x.x.x (tcp6). */
    private static boolean loopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
    }

    private static Optional<Long> owner(long inode) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .filter(pid -> socketInodes(pid).contains(inode))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Long> socketInodes(long pid) {
        Set<Long> inodes = new TreeSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException | UnsupportedOperationException gone) {
                    // a descriptor closed while listing, or not a link
                }
            });
        } catch (IOException | SecurityException notOurs) {
            return inodes;
        }
        return inodes;
    }
}
