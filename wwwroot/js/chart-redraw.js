// Redraws of the overview's charts after a filter change. The server sends the charts that change together in one
// message. Charts in view are drawn at once; the others right after the browser has painted those, so the charts the
// reader is looking at change first (each chart takes 30-90 ms to draw).
(function () {
    'use strict';

    // Charts waiting to be drawn, by id, with the element they were meant for: a panel that went away and came back
    // has a new element, drawn by Plotly.Blazor with newer data, which an old redraw must not overwrite.
    const pending = new Map();
    const decoder = new TextDecoder();
    let scheduled = false;

    // Called through window.Plotly, as Plotly.Blazor does, so anything that wraps it still sees the call.
    const draw = (redraw) => window.Plotly.react(redraw.id, redraw.data, redraw.layout, redraw.config);

    function inView(element) {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth;
    }

    function drawRestAfterPaint() {
        if (scheduled || pending.size === 0) return;
        scheduled = true;
        // The animation frame comes before the paint; the task queued from it runs after. One task for all of them:
        // a paint between each would cost more than it shows.
        requestAnimationFrame(() => setTimeout(() => {
            scheduled = false;
            window.dashboardCharts.flush().catch(() => undefined);
        }, 0));
    }

    window.dashboardCharts = {
        /**
         * Plotly.react for each { id, data, layout, config } of the UTF-8 JSON array the server sends as bytes: charts
         * in view now (the promise resolves when they are drawn), the rest right after. A chart no longer on the page
         * (its panel now says it has no data, or the page was left) is skipped.
         */
        react(payload) {
            const redraws = payload instanceof Uint8Array ? JSON.parse(decoder.decode(payload)) : payload;
            const now = [];
            for (const redraw of redraws) {
                const element = document.getElementById(redraw.id);
                pending.delete(redraw.id);
                if (!element) continue;
                if (inView(element)) now.push(draw(redraw));
                else pending.set(redraw.id, { redraw, element });
            }
            drawRestAfterPaint();
            return Promise.all(now).then(() => undefined);
        },

        /** Draws every chart still waiting: before an image is made of the charts. */
        flush() {
            const waiting = [...pending.values()];
            pending.clear();
            return Promise.all(waiting
                .filter(entry => document.getElementById(entry.redraw.id) === entry.element)
                .map(entry => draw(entry.redraw))).then(() => undefined);
        },
    };
})();
