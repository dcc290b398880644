package nl.wijknetwerk.monitoring.catalogue;

/** One of the five strategic goals every indicator hangs under. */
public record Goal(int number, String code, String name, String dutch) {
}
