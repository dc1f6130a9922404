package tw.huixiao.ui.views.landing;

import com.vaadin.flow.component.Html;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A weekly trend drawn on the server as SVG (JFreeChart into JFreeSVG): no frontend build, text
 * stays text in the browser's CJK font, and the chart scales to the width it is given.
 */
final class WeeklyChart {

    static {
        // Charts are drawn without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;

    private WeeklyChart() {
    }

    static <T> Html line(String id, String title, String series, List<T> weeks, Function<T, String> label,
                         ToLongFunction<T> value, Color colour) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (T week : weeks) {
            data.addValue(value.applyAsLong(week), series, label.apply(week));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, false,
                false, false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setDefaultShapesVisible(true);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        String element = svg.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null)
                .replaceFirst("<svg ", "<svg style=\"width:100%;max-width:" + WIDTH + "px;height:auto\" role=\"img\" ");
        return new Html("<div>" + element + "</div>");
    }
}
