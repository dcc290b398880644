package nl.wijknetwerk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the figures were measured on: CPUs, memory, JDK, and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    static void describe(Report report, Benchmark.Settings settings) {
        report.heading("Machine and settings");
        report.header("", "");
        report.row("CPUs (available processors)", Runtime.getRuntime().availableProcessors());
        report.row("CPU model", cpuModel());
        report.row("memory", String.format(Locale.ROOT, "%.1f GB", memTotalKb() / 1024.0 / 1024.0));
        report.row("JDK (driver and applications)", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.row("load average at the start (1/5/15 min)", loadAverage());
        report.row("workers per scenario", settings.workers() + " (+" + settings.kpiWorkers() + " KPI workers in (d))");
        report.row("time per scenario", settings.duration().toSeconds() + " s after " + settings.warmup().toSeconds()
                + " s of unrecorded warm-up");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            Matcher m = Pattern.compile("^model name\\s*:\\s*(.+)$", Pattern.MULTILINE)
                    .matcher(Files.readString(Path.of("/proc/cpuinfo")));
            return m.find() ? m.group(1).trim() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memTotalKb() {
        try {
            Matcher m = Pattern.compile("^MemTotal:\\s+(\\d+) kB", Pattern.MULTILINE).matcher(Files.readString(Path.of("/proc/meminfo")));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
