package nl.wijknetwerk.web.chart;

/** What the charts share: escaping and the marker shapes that tell series apart without colour. */
public final class Svg {

    private Svg() {
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Series 0 a circle, 1 a square, 2 a triangle, then again. */
    static String marker(int series, double x, double y, String colour) {
        String fx = SpiderChart.fmt(x);
        String fy = SpiderChart.fmt(y);
        return switch (series % 3) {
            case 0 -> "<circle cx=\"" + fx + "\" cy=\"" + fy + "\" r=\"4.5\" fill=\"" + colour + "\"/>";
            case 1 -> "<rect x=\"" + SpiderChart.fmt(x - 4) + "\" y=\"" + SpiderChart.fmt(y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + colour + "\"/>";
            default -> "<polygon points=\"" + fx + "," + SpiderChart.fmt(y - 5.5) + " " + SpiderChart.fmt(x - 5) + ","
                    + SpiderChart.fmt(y + 4) + " " + SpiderChart.fmt(x + 5) + "," + SpiderChart.fmt(y + 4) + "\" fill=\"" + colour + "\"/>";
        };
    }
}
