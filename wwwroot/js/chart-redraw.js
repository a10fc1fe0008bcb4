// Redraws of the overview's charts after a filter change. Sent one message per chart, every chart was drawn in its own
// browser task, each laying the whole page out again; the server now sends the charts that change together in one
// message and they are drawn here in one task, with one paint after the last.
(function () {
    'use strict';

    window.dashboardCharts = {
        /**
         * Plotly.react for each { id, data, layout, config }; resolves when every chart is drawn. A chart no longer on
         * the page (its panel now says it has no data, or the page was left) is skipped.
         */
        react(redraws) {
            const drawn = [];
            for (const redraw of redraws) {
                if (!document.getElementById(redraw.id)) continue;
                // Called through window.Plotly, as Plotly.Blazor does, so anything that wraps it still sees the call.
                drawn.push(window.Plotly.react(redraw.id, redraw.data, redraw.layout, redraw.config));
            }
            return Promise.all(drawn).then(() => undefined);
        },
    };
})();
