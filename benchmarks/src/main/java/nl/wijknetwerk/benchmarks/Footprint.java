package nl.wijknetwerk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijknetwerk.launcher.Application;

/**
 * Resident memory of the application processes, as the kernel counts it ({@code VmRSS} in
 * {@code /proc/<pid>/status}): the figure a container memory limit is held against. A sampler keeps the peak of
 * each process while load runs.
 */
final class Footprint implements AutoCloseable {

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);
    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");

    private final Map<Application, Long> pids;
    private final Map<Application, Long> peakKb = new EnumMap<>(Application.class);
    private Thread sampler;

    Footprint(Map<Application, Long> pids) {
        this.pids = pids;
    }

    static long rssKb(long pid) {
        try {
            Matcher m = VM_RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    Map<Application, Long> nowKb() {
        Map<Application, Long> now = new EnumMap<>(Application.class);
        pids.forEach((app, pid) -> now.put(app, rssKb(pid)));
        return now;
    }

    /** Starts sampling every 250 ms, keeping the peak of each application until {@link #close()}. */
    Footprint samplePeaks() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Map<Application, Long> now = nowKb();
                synchronized (this) {
                    now.forEach((app, kb) -> peakKb.merge(app, kb, Math::max));
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return this;
    }

    synchronized Map<Application, Long> peaksKb() {
        return new EnumMap<>(peakKb);
    }

    /** The start time Quarkus itself logs ("started in 2.345s"), from the application's log; -1 if absent. */
    static double quarkusStartSeconds(Path log) {
        try {
            Matcher m = STARTED_IN.matcher(Files.readString(log));
            return m.find() ? Double.parseDouble(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Categories of the JVM's native memory tracking summary the report shows; the rest is summed as "other". */
    static final java.util.List<String> NMT_CATEGORIES = java.util.List.of("Java Heap", "Class", "Metaspace",
            "Shared class space", "Thread", "Code", "GC", "Compiler", "Arena Chunk", "Internal", "Symbol");

    private static final Pattern NMT_LINE = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)",
            Pattern.MULTILINE);
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB", Pattern.MULTILINE);

    /**
     * Committed memory per category from {@code jcmd <pid> VM.native_memory summary} of a JVM started with
     * {@code -XX:NativeMemoryTracking=summary}: what an idle service's memory is made of. Empty if unavailable.
     */
    static Map<String, Long> nativeMemoryKb(long pid) {
        Map<String, Long> committed = new java.util.LinkedHashMap<>();
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            if (!jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                return committed;
            }
            Matcher total = NMT_TOTAL.matcher(out);
            long sum = 0;
            Matcher m = NMT_LINE.matcher(out);
            while (m.find()) {
                if (NMT_CATEGORIES.contains(m.group(1).trim())) {
                    long kb = Long.parseLong(m.group(2));
                    committed.put(m.group(1).trim(), kb);
                    sum += kb;
                }
            }
            if (total.find()) {
                committed.put("other", Long.parseLong(total.group(1)) - sum);
                committed.put("total", Long.parseLong(total.group(1)));
            }
        } catch (IOException e) {
            return committed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return committed;
    }

    @Override
    public void close() throws InterruptedException {
        if (sampler != null) {
            sampler.interrupt();
            sampler.join(2000);
        }
    }
}
