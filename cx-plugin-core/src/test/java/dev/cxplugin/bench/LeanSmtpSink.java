package dev.cxplugin.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * dispatch-throughput's SMTP server: a real SMTP dialogue on loopback (EHLO with PIPELINING and 8BITMIME, MAIL,
 * RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT; anything else gets 500) that keeps every message's bytes
 * for the bench to check afterwards. GreenMail parses and stores each message as it arrives, which made it
 * the bench's limit (300-488 msg/s on this machine); a mail server in production does that work on its own
 * machine. A thread per connection; each thread's CPU time is counted so the bench can leave it out of the
 * dispatcher's CPU per message.
 */
final class LeanSmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final List<byte[]> messages = Collections.synchronizedList(new ArrayList<byte[]>());
    private final AtomicLong cpuNanos = new AtomicLong();
    private final List<Thread> threads = Collections.synchronizedList(new ArrayList<Thread>());
    private volatile boolean open = true;

    LeanSmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "lean-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<byte[]> received() {
        synchronized (messages) {
            return new ArrayList<byte[]>(messages);
        }
    }

    void purge() {
        messages.clear();
    }

    /** CPU time of the connection threads that have ended, plus the live ones so far. */
    long cpuNanos() {
        long total = cpuNanos.get();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        synchronized (threads) {
            for (Thread t : threads) {
                long c = mx.getThreadCpuTime(t.getId());
                if (c > 0) {
                    total += c;
                }
            }
        }
        return total;
    }

    private void accept() {
        while (open) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "lean-smtp-" + s.getPort());
                t.setDaemon(true);
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (Socket s = socket) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), 4096);
            reply(out, "220 lean-smtp ready");
            boolean haveFrom = false;
            int recipients = 0;
            String line;
            while ((line = readLine(in)) != null) {
                String upper = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line.toUpperCase(java.util.Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    write(out, "250-lean-smtp\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 10485760");
                } else if (upper.startsWith("HELO")) {
                    write(out, "250 lean-smtp");
                } else if (upper.startsWith("MAIL")) {
                    haveFrom = true;
                    recipients = 0;
                    write(out, "250 OK");
                } else if (upper.startsWith("RCPT")) {
                    if (haveFrom) {
                        recipients++;
                        write(out, "250 OK");
                    } else {
                        write(out, "503 MAIL first");
                    }
                } else if (upper.startsWith("DATA")) {
                    if (!haveFrom || recipients == 0) {
                        write(out, "503 no recipients");
                        continue;
                    }
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    byte[] message = readData(in);
                    if (message == null) {
                        return;
                    }
                    messages.add(message);
                    haveFrom = false;
                    write(out, "250 OK queued");
                } else if (upper.startsWith("RSET")) {
                    haveFrom = false;
                    write(out, "250 OK");
                } else if (upper.startsWith("NOOP")) {
                    write(out, "250 OK");
                } else if (upper.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    write(out, "500 unknown command");
                }
                // pipelining: answer when the client waits for us (nothing more buffered), not after each command
                if (in.available() == 0) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            cpuNanos.addAndGet(Math.max(0, java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
            threads.remove(Thread.currentThread());
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
    }

    private static void reply(OutputStream out, String text) throws IOException {
        write(out, text);
        out.flush();
    }

    /** A command line without CRLF, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            sb.append((char) c);
        }
        return null;
    }

    /** The message up to the line holding one dot, dot-unstuffed, with CRLF line ends; null if the stream ended. */
    private static byte[] readData(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(32 * 1024);
        byte[] line = new byte[1024];
        while (true) {
            int len = 0;
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (len == line.length) {
                    line = java.util.Arrays.copyOf(line, len * 2);
                }
                line[len++] = (byte) c;
            }
            if (c < 0) {
                return null;
            }
            if (len > 0 && line[len - 1] == '\r') {
                len--;
            }
            if (len == 1 && line[0] == '.') {
                return message.toByteArray();
            }
            int from = len > 0 && line[0] == '.' ? 1 : 0;
            message.write(line, from, len - from);
            message.write('\r');
            message.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
