// Draws the overview's charts: the first drawing of each and every redraw after a filter change. The server sends the
// charts that change together in one message, as UTF-8 JSON bytes. Charts in view are drawn at once; those within half a
// screen of the view right after the browser has painted them; the others only when the reader scrolls near them, so
// the page's one thread is not spent on charts nobody may look at (each chart takes 30-160 ms to draw, twice that cold,
// on a slow machine). An image of the charts draws all that wait first (flush). plotly.js runs on the first drawing, or
// earlier when the browser is idle on a page that preloads it (the overview), so pages without charts never parse it.
(function () {
    'use strict';

    // PlotlyScript.Url: the overview preloads it (the link marked data-plotly).
    const plotlyUrl = 'scripts/plotly-basic-3.7.0.min.js';

    // Charts waiting to be drawn, by id, with the element they were meant for: a panel that went away and came back
    // has a new element, which an old drawing must not overwrite.
    const pending = new Map();
    // Per chart id, the panel (a .NET object, with the token it registered with) told of clicks on its marks.
    const panels = new Map();
    // Per chart id, the element last drawn: plotly.js keeps a window listener per plot until the plot is purged.
    const drawn = new Map();
    const decoder = new TextDecoder();
    let loading = null;

    // Tells when a waiting chart comes within half a screen of the view (at once for those already there: the observer
    // reports every element it is given after the next rendering, that is after the paint of the charts drawn now).
    const nearView = new IntersectionObserver(entries => {
        const near = entries.filter(entry => entry.isIntersecting).map(entry => entry.target);
        if (near.length > 0) drawWaiting(near).catch(() => undefined);
    }, { rootMargin: '50% 0px' });

    // The Arabic UI's charts (config.locale 'ar'): the toolbar's button names and the months on date axes as Iraqi
    // readers name them. plotly.js's own 'ar' locale leaves the buttons in English and names May «آذار». Arabic has no
    // short forms of these names: the short lists are the long ones.
    const arabicMonths = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
    const arabicDays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const arabic = {
        moduleType: 'locale',
        name: 'ar',
        dictionary: {
            'Autoscale': 'ضبط المقياس تلقائياً',
            'Box Select': 'تحديد بمستطيل',
            'Compare data on hover': 'مقارنة البيانات عند التمرير',
            'Double-click on legend to isolate one trace': 'انقر مرتين على المفتاح لعزل سلسلة واحدة',
            'Double-click to zoom back out': 'انقر مرتين للعودة إلى الحجم السابق',
            'Download plot': 'تنزيل الرسم',
            'Download plot as a PNG': 'تنزيل الرسم بصيغة PNG',
            'Lasso Select': 'تحديد حر',
            'Pan': 'تحريك',
            'Produced with Plotly.js': 'أُنتج باستخدام Plotly.js',
            'Reset axes': 'إعادة ضبط المحاور',
            'Reset view': 'إعادة ضبط العرض',
            'Show closest data on hover': 'إظهار أقرب البيانات عند التمرير',
            'Snapshot succeeded': 'التُقطت الصورة',
            'Sorry, there was a problem downloading your snapshot!': 'عذراً، تعذّر تنزيل الصورة',
            'Taking snapshot - this may take a few seconds': 'جارٍ التقاط الصورة، قد يستغرق ذلك بضع ثوانٍ',
            'Toggle Spike Lines': 'إظهار خطوط الإسقاط أو إخفاؤها',
            'Zoom': 'تكبير منطقة',
            'Zoom in': 'تكبير',
            'Zoom out': 'تصغير',
        },
        format: {
            days: arabicDays,
            shortDays: arabicDays,
            months: arabicMonths,
            shortMonths: arabicMonths,
            date: '%Y-%m-%d',
        },
    };

    let localesRegistered = false;

    function loadPlotly() {
        if (window.Plotly) {
            if (!localesRegistered) {
                window.Plotly.register(arabic);
                localesRegistered = true;
            }
            return Promise.resolve();
        }
        return (loading ??= new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = plotlyUrl;
            script.onload = () => resolve();
            script.onerror = () => {
                loading = null;
                script.remove();
                reject(new Error(`${plotlyUrl} could not be loaded.`));
            };
            document.head.appendChild(script);
        })).then(loadPlotly);
    }

    // Called through window.Plotly, so anything that wraps it still sees the call. Plotly.react on an element that holds
    // no plot yet draws it anew.
    function draw(redraw) {
        const element = document.getElementById(redraw.id);
        purgeIfGone(redraw.id, element);
        return Promise.resolve(window.Plotly.react(element ?? redraw.id, redraw.data, redraw.layout, redraw.config))
            .then(() => {
                if (!element) return;
                drawn.set(redraw.id, element);
                listenForClicks(element);
            });
    }

    // Only a plot no longer in the document is purged: a new panel may already hold an element with the same id.
    function purgeIfGone(id, current) {
        const before = drawn.get(id);
        if (!before || before === current || before.isConnected) return;
        drawn.delete(id);
        window.Plotly?.purge(before);
    }

    function listenForClicks(element) {
        const panel = element && panels.get(element.id)?.panel;
        if (!panel || typeof element.on !== 'function' || element.dashboardClicks === panel) return;
        // Plotly keeps an element's listeners across Plotly.react; a new element gets its own.
        element.removeAllListeners?.('plotly_click');
        element.dashboardClicks = panel;
        element.on('plotly_click', event => {
            const point = event?.points?.[0];
            if (!point) return;
            panel.invokeMethodAsync('OnPointClicked', point.curveNumber, point.pointNumber ?? point.pointIndex ?? -1)
                .catch(() => undefined);
        });
    }

    function inView(element) {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth;
    }

    function wait(redraw, element) {
        pending.set(redraw.id, { redraw, element });
        nearView.observe(element);
    }

    /** Chart <id> no longer waits: drawn, replaced by a newer figure, or gone. */
    function stopWaiting(id) {
        const entry = pending.get(id);
        if (!entry) return;
        pending.delete(id);
        nearView.unobserve(entry.element);
    }

    // Draws the waiting charts of these elements, or of all when none are named. One task for all of them: a paint between
    // each would cost more than it shows.
    function drawWaiting(elements) {
        const waiting = [...pending.values()].filter(entry => !elements || elements.includes(entry.element));
        for (const entry of waiting) stopWaiting(entry.redraw.id);
        return Promise.all(waiting
            .filter(entry => document.getElementById(entry.redraw.id) === entry.element)
            .map(entry => draw(entry.redraw))).then(() => undefined);
    }

    // A chart that left the page before it was drawn is forgotten with its element.
    function dropIfGone(id) {
        if (pending.get(id)?.element.isConnected === false) stopWaiting(id);
    }

    // A page that preloads plotly.js (the overview) draws charts as soon as its circuit starts: running the script
    // while the circuit starts, when the browser is idle, takes its parse and set-up (a third of a second on a slow
    // machine) off the time to the first drawn chart. Other pages still run it only on a first drawing.
    function runPlotlyWhenIdle() {
        if (!document.querySelector('link[rel="preload"][data-plotly]')) return;
        const whenIdle = window.requestIdleCallback ?? (callback => setTimeout(callback, 0));
        whenIdle(() => loadPlotly().catch(() => undefined));
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', runPlotlyWhenIdle, { once: true });
    else runPlotlyWhenIdle();

    // A printed page shows every chart: plotly.js lays a plot out before its promise resolves, so the drawings are in
    // the document when the browser takes its picture of it.
    window.addEventListener('beforeprint', () => drawWaiting(null).catch(() => undefined));

    window.dashboardCharts = {
        /**
         * Plotly.react for each { id, data, layout, config } of the UTF-8 JSON array the server sends as bytes: charts
         * in view now (the promise resolves when they are drawn), those near the view after the paint, the rest when
         * the reader scrolls near them. A chart no longer on the page (its panel now says it has no data, or the page
         * was left) is skipped.
         */
        async react(payload) {
            const redraws = JSON.parse(decoder.decode(payload));
            await loadPlotly();
            const now = [];
            for (const redraw of redraws) {
                const element = document.getElementById(redraw.id);
                stopWaiting(redraw.id);
                if (!element) continue;
                if (inView(element)) now.push(draw(redraw));
                else wait(redraw, element);
            }
            await Promise.all(now);
        },

        /** Draws every chart still waiting: before an image is made of the charts. */
        flush() {
            return drawWaiting(null);
        },

        /** Clicks on the marks of chart <id> (now and once drawn) call the panel's OnPointClicked(trace, point). */
        listen(id, token, panel) {
            panels.set(id, { token, panel });
            listenForClicks(document.getElementById(id));
        },

        /**
         * The panel that registered chart <id> with <token> went away. Its plot is released once its element has left
         * the document (the page's next render removes it; a new panel may reuse the id meanwhile).
         */
        forget(id, token) {
            if (panels.get(id)?.token === token) panels.delete(id);
            setTimeout(() => {
                purgeIfGone(id, null);
                dropIfGone(id);
            }, 1000);
        },
    };
})();
