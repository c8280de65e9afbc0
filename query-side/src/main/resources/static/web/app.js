// What every page shares: reading the API as the signed-in person, the header, tables, and live updates.
// The pages hold no data and no rules of their own: they show what the API answers this reader, redactions included.
"use strict";

const Ledger = (() => {
    const PAGES = [["/", "Deadlines"], ["/notifications.html", "Notifications"], ["/timeliness.html", "Timeliness"]];

    /** GET an API path as the signed-in person; a person not signed in is sent to the sign-in form. */
    async function api(path) {
        const answer = await fetch(path, {
            headers: {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"},
            credentials: "same-origin"
        });
        if (answer.status === 401) {
            window.location.assign("/login.html");
            throw new Error("not signed in");
        }
        if (!answer.ok) {
            const problem = await answer.json().catch(() => ({}));
            const error = new Error(problem.detail || ("HTTP " + answer.status));
            error.status = answer.status;
            throw error;
        }
        return answer.json();
    }

    /** The roles that read visits, and so may listen to /api/events (the API's role matrix, docs/api.md). */
    const READERS = ["INSPECTOR", "MANAGER", "DUTY_DESK", "REGIONAL_DIRECTOR", "QA_MANAGER", "AUDITOR", "ANALYST",
        "PROVIDER"];
    let signedIn = null;

    /** The page header: the pages, who is signed in, and signing out. */
    async function header() {
        const me = signedIn = await api("/api/me");
        const bar = document.createElement("header");
        const links = PAGES.map(([href, name]) =>
            `<a href="${href}"${location.pathname === href ? ' class="here"' : ""}>${name}</a>`).join("");
        const provider = me.providerUrn ? ` for ${text(me.providerUrn)}` : "";
        bar.innerHTML = `<span class="brand">visit-ledger</span>${links}
            <span class="who" id="who">Signed in as <b>${text(me.user)}</b> (${text(me.roles.join(", "))}${provider})</span>
            <form method="post" action="/logout"><button type="submit">Sign out</button></form>`;
        document.body.prepend(bar);
        return me;
    }

    /** Escapes a value for HTML. */
    function text(value) {
        if (value === null || value === undefined) {
            return "";
        }
        return String(value).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
            "'": "&#39;"}[c]));
    }

    /** An instant as London people read it, with the instant itself on hover. */
    function when(instant) {
        if (!instant) {
            return "";
        }
        const shown = new Date(instant).toLocaleString("en-GB", {timeZone: "Europe/London", dateStyle: "medium",
            timeStyle: "short"});
        return `<time datetime="${text(instant)}" title="${text(instant)}">${text(shown)}</time>`;
    }

    /**
     * Live updates: calls {@code onChange(event)} for each event of the stream that {@code wanted} accepts, at most
     * every 300 ms (a command records several events). EventSource reconnects by itself after a restart.
     */
    function live(wanted, onChange) {
        const badge = document.getElementById("live");
        if (signedIn && !signedIn.roles.some(role => READERS.includes(role))) {
            // A role that reads no visit (the administrator) would be refused the stream, and EventSource would
            // retry it for ever.
            return null;
        }
        const stream = new EventSource("/api/events");
        let timer = null;
        let latest = null;
        stream.onopen = () => badge && (badge.textContent = "live", badge.classList.add("on"));
        stream.onerror = () => {
            if (badge) {
                badge.textContent = "reconnecting…";
                badge.classList.remove("on");
            }
            // EventSource retries by itself; if the sign-in was lost (a restart that could not keep it), the next
            // read sends the person to the sign-in form instead of retrying for ever.
            api("/api/me").catch(() => {});
        };
        stream.addEventListener("visit", message => {
            const event = JSON.parse(message.data);
            if (!wanted(event)) {
                return;
            }
            latest = event;
            clearTimeout(timer);
            timer = setTimeout(() => onChange(latest), 300);
        });
        return stream;
    }

    let description = null;

    /**
     * The values each enumerated query parameter of a GET path takes, from the API's own description, so that the
     * pages offer exactly what the API accepts.
     */
    async function choices(path) {
        description = description || await (await fetch("/v3/api-docs")).json();
        const found = {};
        (description.paths[path].get.parameters || []).forEach(parameter => {
            if (parameter.schema && parameter.schema.enum) {
                found[parameter.name] = parameter.schema.enum;
            }
        });
        return found;
    }

    /** Fills a select with "any" and the values given. */
    function options(select, values) {
        select.innerHTML = `<option value="">any</option>` + values.map(v => `<option>${text(v)}</option>`).join("");
    }

    /** The query string of a form's filled fields, plus extra parameters. */
    function query(form, extra) {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(form)) {
            if (value) {
                params.set(name, value);
            }
        }
        Object.entries(extra || {}).forEach(([name, value]) => params.set(name, value));
        return params.toString();
    }

    /** The paging line under a list: where the page is, and buttons to move. */
    function paging(element, page, onMove) {
        const last = Math.max(0, Math.ceil(page.total / page.size) - 1);
        element.innerHTML = `<button type="button" ${page.page === 0 ? "disabled" : ""} data-to="${page.page - 1}">‹ Previous</button>
            <span>Page ${page.page + 1} of ${last + 1} (${page.total} rows)</span>
            <button type="button" ${page.page >= last ? "disabled" : ""} data-to="${page.page + 1}">Next ›</button>`;
        element.querySelectorAll("button").forEach(b => b.addEventListener("click", () => onMove(Number(b.dataset.to))));
    }

    function failed(element, error) {
        element.innerHTML = `<p class="error">${text(error.message)}</p>`;
    }

    return {api, header, text, when, live, choices, options, query, paging, failed};
})();
