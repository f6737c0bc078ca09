/// The preview page: one HTML file with its style and script. It reads the state from `/events` (a
/// WebSocket, reconnecting when the server restarts) and redraws what changed: the images whose
/// address changed (an address names the image's content, so unchanged pages are not fetched
/// again), the outline, and the diagnostics, shown above the last good pages while the brief is
/// broken. Text from the brief is only ever set as text, never parsed as HTML.
enum PreviewPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>briefing preview</title>
        <style>
          :root { --bar: 3rem; font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
          body { margin: 0; background: #e6e7e9; color: #222; }
          header { position: sticky; top: 0; z-index: 2; height: var(--bar); display: flex; align-items: center;
            gap: 1rem; padding: 0 1rem; background: #fff; border-bottom: 1px solid #c8cacd; }
          header h1 { font-size: 1rem; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
          #status { font-size: .85rem; color: #555; white-space: nowrap; }
          #status.broken { color: #b00020; font-weight: 600; }
          header .spacer { flex: 1; }
          header a, header select { font-size: .85rem; }
          #layout { display: flex; }
          nav { position: sticky; top: var(--bar); align-self: flex-start; width: 15rem; max-height: calc(100vh - var(--bar));
            overflow: auto; padding: 1rem; box-sizing: border-box; font-size: .85rem; }
          nav:empty { display: none; }
          nav a { display: flex; gap: .5rem; color: #234; text-decoration: none; padding: .15rem 0; }
          nav a:hover { text-decoration: underline; }
          nav a span.page { margin-left: auto; color: #777; }
          nav a.level-2 { padding-left: 1rem; } nav a.level-3 { padding-left: 2rem; }
          main { flex: 1; padding: 1rem; min-width: 0; }
          #diagnostics { position: sticky; top: calc(var(--bar) + .5rem); z-index: 1; margin: 0 auto 1rem; max-width: 60rem;
            background: #fff; border: 2px solid #b00020; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.2);
            max-height: 45vh; overflow: auto; }
          #diagnostics.warnings { position: static; border-color: #b26a00; box-shadow: none; }
          #diagnostics[hidden] { display: none; }
          #diagnostics h2 { font-size: .9rem; margin: 0; padding: .5rem .75rem; background: #fbe9eb; }
          #diagnostics.warnings h2 { background: #fff4e0; }
          #diagnostics pre { margin: 0; padding: .5rem .75rem; font: .8rem/1.4 "Noto Sans Mono", monospace;
            white-space: pre-wrap; border-top: 1px solid #eee; }
          #pages { display: flex; flex-direction: column; align-items: center; gap: 1.25rem; }
          #pages.sheet { flex-direction: row; flex-wrap: wrap; justify-content: center; align-items: flex-start; }
          figure { margin: 0; }
          figure img { display: block; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); max-width: 100%; height: auto; }
          figcaption { font-size: .8rem; text-align: center; padding-top: .35rem; }
          figure.failed { width: 14rem; background: #fff; border: 2px solid #b00020; padding: .5rem; box-sizing: border-box; }
          figure.failed pre { font: .7rem/1.3 "Noto Sans Mono", monospace; white-space: pre-wrap; margin: 0; }
          .stale img { opacity: .45; }
        </style>
        </head>
        <body data-generation="0" data-shown="0" data-ok="false">
        <header>
          <h1 id="title">briefing preview</h1>
          <span id="status">connecting…</span>
          <span class="spacer"></span>
          <span id="choices"></span>
          <a id="pdf" href="/brief.pdf" hidden>PDF</a>
        </header>
        <div id="layout">
          <nav id="outline"></nav>
          <main>
            <section id="diagnostics" hidden><h2 id="diagnostics-title"></h2><div id="diagnostics-list"></div></section>
            <div id="pages"></div>
          </main>
        </div>
        <script>
        "use strict";
        const $ = (id) => document.getElementById(id);
        let socket = null;

        function element(tag, properties, children) {
          const node = document.createElement(tag);
          Object.assign(node, properties || {});
          for (const child of children || []) node.append(child);
          return node;
        }

        function diagnosticText(d) {
          let text = (d.path ? `${d.path}:${d.line}:${d.column}: ` : "") + `${d.severity}: ${d.message}`;
          if (d.sourceLine != null) {
            text += "\\n    " + d.sourceLine;
            if (d.caret != null) text += "\\n    " + " ".repeat(Math.max(0, d.caret - 1)) + "^";
          }
          return text;
        }

        function showDiagnostics(state) {
          const box = $("diagnostics");
          const list = state.diagnostics || [];
          box.hidden = list.length === 0;
          box.className = state.ok ? "warnings" : "";
          const errors = list.filter((d) => d.severity === "error").length;
          $("diagnostics-title").textContent = state.ok
            ? `${list.length} warning${list.length === 1 ? "" : "s"}`
            : `The brief cannot be built: ${errors} error${errors === 1 ? "" : "s"}` +
              (state.shown ? " (the pages of the last good build are shown below)" : "");
          $("diagnostics-list").replaceChildren(...list.map((d) => element("pre", { textContent: diagnosticText(d) })));
        }

        function showOutline(state) {
          $("outline").replaceChildren(...(state.outline || []).map((h) => element("a",
            { href: `#page-${h.page}`, className: `level-${Math.min(h.level, 3)}` },
            [element("span", { textContent: h.title }), element("span", { className: "page", textContent: String(h.page) })])));
        }

        function showImages(state) {
          const pages = $("pages");
          pages.className = state.sheet ? "sheet" : "";
          // A brief's pages at their size on a 96 dpi screen; a contact sheet's reports at half of it.
          const scale = state.sheet ? 0.5 : 96 / 72;
          const figures = [];
          state.images.forEach((image, index) => {
            let figure = pages.querySelector(`figure[data-index="${index}"]:not(.failed)`);
            if (!figure) {
              figure = element("figure", {}, [element("img", { className: "page", alt: "" })]);
              figure.dataset.index = index;
            }
            figure.id = `page-${index + 1}`;
            const img = figure.querySelector("img");
            img.width = Math.round(image.width * scale);
            img.height = Math.round(image.height * scale);
            img.alt = image.caption || `Page ${index + 1}`;
            if (img.getAttribute("src") !== image.src) {
              const next = new Image();
              next.onload = () => { img.src = image.src; };
              next.src = image.src;
            }
            let caption = figure.querySelector("figcaption");
            if (image.caption) {
              if (!caption) figure.append(caption = element("figcaption"));
              caption.textContent = image.caption;
            } else if (caption) caption.remove();
            figures.push(figure);
          });
          for (const failure of state.failures || []) {
            figures.push(element("figure", { className: "failed" }, [
              element("figcaption", { textContent: failure.caption }),
              ...failure.diagnostics.map((d) => element("pre", { textContent: diagnosticText(d) }))]));
          }
          pages.replaceChildren(...figures);
          pages.classList.toggle("stale", !state.ok);
        }

        let shownChoices = "";
        function showChoices(state) {
          const choices = $("choices");
          // Made anew only when they change, so that a list open in the page stays open.
          const key = JSON.stringify(state.sheet);
          if (key === shownChoices) return;
          shownChoices = key;
          if (!state.sheet) { choices.replaceChildren(); return; }
          const select = (name, values, current) => {
            const box = element("select", { name }, values.map((v) => element("option", { value: v, textContent: v, selected: v === current })));
            box.onchange = () => socket && socket.send(JSON.stringify({ [name]: box.value,
              ...(name === "period" ? { language: state.sheet.language } : { period: state.sheet.period }) }));
            return box;
          };
          choices.replaceChildren(select("period", state.sheet.periods, state.sheet.period),
            " ", select("language", state.sheet.languages, state.sheet.language));
        }

        function show(state) {
          document.body.dataset.generation = state.generation;
          document.body.dataset.shown = state.shown;
          document.body.dataset.ok = state.ok;
          if (state.title) { $("title").textContent = state.title; document.title = `${state.title} — briefing preview`; }
          for (const id of ["title", "outline", "pages"]) $(id).lang = state.language;
          const status = $("status");
          const count = state.images.length;
          const noun = state.sheet ? "report" : "page";
          status.className = state.ok || state.building ? "" : "broken";
          status.textContent = state.building ? "building…"
            : state.ok ? `${count} ${noun}${count === 1 ? "" : "s"} · built in ${state.milliseconds} ms`
            : "broken: see below";
          $("pdf").hidden = !state.pdf;
          if (state.pdf) $("pdf").href = state.pdf;
          if (state.building) return;
          showDiagnostics(state);
          if (state.ok) { showImages(state); showOutline(state); showChoices(state); }
          else $("pages").classList.add("stale");
        }

        function connect(delay) {
          socket = new WebSocket(`ws://${location.host}/events`);
          socket.onmessage = (event) => show(JSON.parse(event.data));
          socket.onopen = () => { delay = 250; };
          socket.onclose = () => {
            $("status").className = "broken";
            $("status").textContent = "the preview server has stopped: reconnecting…";
            setTimeout(() => connect(Math.min(delay * 2, 4000)), delay);
          };
        }
        connect(250);
        </script>
        </body>
        </html>
        """
}
