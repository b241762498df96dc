#!/usr/bin/env python3
"""End-to-end test of the review desk in a real browser (headless Chromium driven through
chromedriver's W3C WebDriver HTTP API; no Python packages needed).

Called by scripts/test-desk-browser.sh with the desk's address, the outbox folder and a
folder for screenshots. It does what an officer does: filter the findings, correct a figure,
teach a status phrase, build the report; then it checks that the DOCX and JSON in the outbox
reflect both decisions, and takes a screenshot of every page at desktop and phone width.
"""
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile

DESK, OUTBOX, SHOTS, CHROMIUM, CHROMEDRIVER = sys.argv[1:6]
DESK = DESK.rstrip("/")


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Driver:
    def __init__(self, chromedriver, chromium):
        self.port = free_port()
        self.proc = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except Exception:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,900",
                     "--lang=vi-VN", "--force-device-scale-factor=1"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return json.loads(r.read().decode()).get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"webdriver {method} {path}: {e.code} {e.read().decode()[:500]}")

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.s("POST", "/url", {"url": url if url.startswith("http") else DESK + url})

    def url(self):
        return self.s("GET", "/url")

    def find(self, css, many=False):
        if many:
            return [list(e.values())[0] for e in self.s("POST", "/elements", {"using": "css selector", "value": css})]
        return list(self.s("POST", "/element", {"using": "css selector", "value": css}).values())[0]

    def text(self, el):
        return self.s("GET", f"/element/{el}/text")

    def attr(self, el, name):
        return self.s("GET", f"/element/{el}/property/{name}")

    def click(self, el):
        self.s("POST", f"/element/{el}/click", {})

    def type(self, el, text):
        self.s("POST", f"/element/{el}/clear", {})
        self.s("POST", f"/element/{el}/value", {"text": text})

    def select(self, select_css, value):
        """Chooses an option of a <select> by its value, as a person would (click)."""
        opt = self.find(f'{select_css} option[value="{value}"]')
        self.click(opt)

    def body(self):
        return self.text(self.find("body"))

    def screenshot(self, path, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})
        # Full page: as tall as the document (capped), so nothing the officer scrolls to is missed.
        full = self.s("POST", "/execute/sync", {"script": "return document.documentElement.scrollHeight", "args": []})
        self.s("POST", "/window/rect", {"width": width, "height": min(max(height, int(full) + 120), 6000)})
        import base64
        png = base64.b64decode(self.s("GET", "/screenshot"))
        with open(path, "wb") as f:
            f.write(png)
        self.s("POST", "/window/rect", {"width": 1366, "height": 900})

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.proc.terminate()


def outbox_files():
    return {n: os.path.getmtime(os.path.join(OUTBOX, n)) for n in os.listdir(OUTBOX)} if os.path.isdir(OUTBOX) else {}


def main():
    d = Driver(CHROMEDRIVER, CHROMIUM)
    shots = []

    def shoot(name):
        for label, (w, h) in (("desktop", (1366, 900)), ("phone", (390, 844))):
            p = os.path.join(SHOTS, f"{name}-{label}.png")
            d.screenshot(p, w, h)
            shots.append(p)

    try:
        # 1. The overview opens on the loopback without a login.
        d.go("/")
        page = d.body()
        if "Việc cần làm trước khi ký báo cáo" not in page:
            fail("the overview does not open: " + page[:300])
        shoot("tong-quan")

        # 2. Filter findings by kind: "Chưa rõ tiến độ nhiệm vụ" (a status the vocabulary lacks).
        d.go("/findings")
        shoot("phat-hien")
        d.select('select[name="kind"]', "status-missing")
        d.click(d.find("form.filters button"))
        if "kind=status-missing" not in d.url():
            fail("the filter form did not filter: " + d.url())
        rows = d.find("table.list tbody tr", many=True)
        if not rows:
            fail("no status-missing finding in the dev corpus run")
        for r in rows:
            if "Chưa rõ tiến độ" not in d.body():
                fail("a filtered row is of another kind")
        kinds_shown = set(re.findall(r'<span class="badge [a-z]+">', ""))  # placeholder for clarity
        links = [d.attr(a, "href") for a in d.find("table.list tbody tr td a[href^='/findings/'], table.list tbody tr td a[href*='/findings/f']", many=True)]
        finding_links = [l for l in links if re.search(r"/findings/f[0-9a-f]{16}$", l)]
        if not finding_links:
            fail("no finding link in the filtered list")

        # 3. The finding in place: find one whose passage shows a status phrase we can teach.
        taught_phrase = None
        target_finding = None
        for link in finding_links:
            d.go(link)
            body = d.body()
            marks = [d.text(e) for e in d.find("table.passage td.mark", many=True)]
            for m in marks:
                # The passage names the task's progress in the unit's words: teach a short phrase of it.
                cand = STATUS_PHRASES.search(m.lower())
                if cand:
                    taught_phrase = cand.group(0)
                    target_finding = link
                    break
            if taught_phrase:
                break
        if not taught_phrase:
            fail("no status-missing finding shows a progress phrase in its passage")
        shoot("phat-hien-chi-tiet")

        # 4. Correct a figure on a unit page.
        d.go("/units")
        shoot("don-vi")
        unit_links = [d.attr(a, "href") for a in d.find("table.list a[href^='/units/'], table.list a[href*='/units/']", many=True)]
        corrected = None
        for link in unit_links:
            d.go(link)
            forms = d.find("form[action='/actions/figure']", many=True)
            if not forms:
                continue
            unit_name = d.text(d.find("h1"))
            row = d.find("table.figures tbody tr")
            label = d.text(d.find("table.figures tbody tr td"))
            label = label.split("\n")[0]
            old_value = d.text(d.find("table.figures tbody tr td.num")).split(" ")[0]
            task = d.text(d.find("div.entry h3")).split(" — ")[0]
            shoot("don-vi-chi-tiet")
            d.type(d.find("table.figures tbody tr input[name='value']"), "4.321")
            d.type(d.find("table.figures tbody tr input[name='note']"), "Sửa theo điện thoại với đơn vị <b>&</b> =1+1")
            d.click(d.find("table.figures tbody tr form button"))
            after = d.body()
            if "4.321" not in after:
                fail("the corrected figure is not shown after the decision: " + after[:500])
            corrected = {"unit": unit_name, "task": task, "label": label, "old": old_value, "new": 4321}
            break
        if not corrected:
            fail("no unit page has a figure to correct")

        # 5. Teach the status phrase from the finding's page.
        d.go(target_finding)
        d.type(d.find("form[action='/actions/teach-status'] input[name='phrase']"), taught_phrase)
        d.select("form[action='/actions/teach-status'] select[name='status']", "completed")
        d.click(d.find("form[action='/actions/teach-status'] button"))
        if "/taught/e" not in d.url():
            fail("teaching did not show what it changed: " + d.url() + " " + d.body()[:500])
        taught_page = d.body()
        if "Hoàn thành" not in taught_page:
            fail("the teaching page shows no status that became completed: " + taught_page[:800])
        shoot("day-chuong-trinh")

        # 6. Build the report.
        before = outbox_files()
        d.go("/report")
        shoot("bao-cao")
        d.click(d.find("form[action='/report/build'] button"))
        if "Đã lập báo cáo" not in d.body():
            fail("the report was not built: " + d.body()[:500])
        after = outbox_files()
        new = [n for n in after if after[n] != before.get(n)]
        docx = [n for n in new if n.endswith(".docx")]
        js = [n for n in new if n.endswith(".json") and not n.endswith(".input.json")]
        inputs = [n for n in new if n.endswith(".input.json")]
        if not docx or not js or not inputs:
            fail(f"the outbox was not rewritten: {sorted(new)}")

        # 7. The outputs reflect both decisions.
        data = json.load(open(os.path.join(OUTBOX, inputs[0]), encoding="utf-8"))
        found_fig = False
        for s in data["current"]:
            sub = s["submission"]
            for e in sub.get("entries", []):
                for ind, fig in (e.get("indicators") or {}).items():
                    if fig.get("value") == corrected["new"] and any("quyết định số" in src.get("location", "") for src in fig.get("sources", [])):
                        found_fig = True
        if not found_fig:
            fail("the JSON input does not carry the corrected figure 4321 with the decision as its source")
        status_taught = any(
            e.get("status") == "completed" and "quyết định" not in (e.get("statusSource") or "")
            and taught_phrase in (e.get("text") or "").lower()
            for s in data["current"] for e in s["submission"].get("entries", []))
        if not status_taught:
            fail(f"the JSON input shows no entry read as completed with the taught phrase “{taught_phrase}”")
        report = open(os.path.join(OUTBOX, js[0]), encoding="utf-8").read()
        if "4321" not in report.replace(".", ""):
            fail("the report JSON does not include the corrected figure")
        with zipfile.ZipFile(os.path.join(OUTBOX, docx[0])) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if "4.321" not in xml:
            fail("the report DOCX does not include the corrected figure 4.321")

        # 8. The decisions log shows who decided what; the remaining pages, for the screenshots.
        d.go("/decisions")
        log = d.body()
        if "Sửa số liệu" not in log or "Dạy cách viết tiến độ" not in log:
            fail("the decisions log lacks the figure or the teaching: " + log[:600])
        shoot("nhat-ky")
        d.go("/findings?severity=blocking")
        shoot("phat-hien-chan-ky")
        print("desk browser test: filtered, corrected a figure, taught “%s”, built the report; outputs reflect both" % taught_phrase)
        print("screenshots:")
        for p in shots:
            print("  " + p)
    finally:
        d.quit()


# Progress phrases a unit may write that the shipped vocabulary does not know; the test
# teaches the first it finds in a status-missing finding's passage.
STATUS_PHRASES = re.compile(r"(đã tổ chức thực hiện|đã tổ chức|đã thực hiện đạt|đạt kế hoạch|đã triển khai|đang duy trì|duy trì thường xuyên|thực hiện tốt|hoàn thành tốt|đã ban hành|đã phối hợp)")

if __name__ == "__main__":
    main()
