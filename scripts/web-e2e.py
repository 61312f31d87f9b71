#!/usr/bin/env python3
"""End-to-end test of `didar serve` in headless Chromium (Debian's chromium + chromium-driver).

Opens the page, searches «علوی», opens the person, clicks «فتح‌اللهی» in the drawn network (or, if
the drawing has no such node, in the contact list), then checks what is on screen: the card of
«فتح‌اللهی» with the role «فرماندار», and the evidence sentence with the mention highlighted.
Saves a screenshot. Exits non-zero, with the reason, at the first check that fails.

Usage: scripts/web-e2e.py --url http://127.0.0.1:PORT/ [--screenshot docs/web-explorer.png]
(scripts/web-e2e.sh installs what is missing, builds the store and starts the server.)
"""
import argparse
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

SEARCH = "علوی"
CONTACT = "فتح‌اللهی"
ROLE = "فرماندار"


def key(text):
    """A spelling-tolerant form for comparisons: Arabic ي/ك/ى as Persian, no ZWNJ, no spaces."""
    table = {"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc", "\u200c": "", " ": ""}
    return "".join(table.get(c, c) for c in (text or ""))


class Check:
    """Counts passed checks and stops at the first failure with a readable message."""

    def __init__(self, driver, screenshot):
        self.driver = driver
        self.screenshot = screenshot
        self.passed = 0

    def ok(self, condition, what):
        if not condition:
            failure = self.screenshot.replace(".png", "-failure.png")
            try:
                self.driver.save_screenshot(failure)
                print(f"  (screenshot of the failure: {failure})", file=sys.stderr)
            except WebDriverException:
                pass
            raise SystemExit(f"FAIL: {what}")
        self.passed += 1
        print(f"ok {self.passed} - {what}")


def wait_for(driver, predicate, what, seconds=20):
    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.2).until(lambda d: predicate(d))
    except TimeoutException:
        raise SystemExit(f"FAIL: timed out after {seconds}s waiting for {what}")


def start_browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 f"--window-size={width},{height}", "--lang=fa", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def person_name(driver):
    element = driver.find_element(By.ID, "person-name")
    return element.text if element.is_displayed() else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--screenshot", default="docs/web-explorer.png")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1050)
    args = parser.parse_args()

    driver = start_browser(args.width, args.height)
    check = Check(driver, args.screenshot)
    started = time.monotonic()
    try:
        driver.get(args.url)
        wait_for(driver, lambda d: d.find_element(By.ID, "q").is_displayed(), "the search box")
        check.ok(driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl", "the page is right-to-left")
        wait_for(driver, lambda d: d.find_element(By.ID, "overview").is_displayed(), "the corpus overview")

        # English labels are one click away, and Persian comes back.
        driver.find_element(By.ID, "lang-toggle").click()
        check.ok(driver.find_element(By.ID, "search-button").text == "Search", "English labels after the toggle")
        check.ok(driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr", "English is left-to-right")
        driver.find_element(By.ID, "lang-toggle").click()
        check.ok(driver.find_element(By.ID, "search-button").text == "جستجو", "Persian labels are back")

        # Search «علوی».
        box = driver.find_element(By.ID, "q")
        box.clear()
        box.send_keys(SEARCH)
        box.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .result") or person_name(d),
                 f"results for «{SEARCH}»")
        results = driver.find_elements(By.CSS_SELECTOR, "#results .result")
        names = [r.find_element(By.CLASS_NAME, "name").text for r in results]
        check.ok(any(key(SEARCH) in key(n) for n in names), f"«{SEARCH}» is among the results: {names}")

        # Open the best match (results are sorted best first).
        if not person_name(driver):
            next(r for r in results if key(SEARCH) in key(r.text)).click()
        wait_for(driver, lambda d: key(SEARCH) in key(person_name(d)), f"the card of «{SEARCH}»")
        check.ok(True, f"the card of «{person_name(driver)}» is open")

        # The network is drawn through Graphviz; click «فتح‌اللهی» in it.
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#network svg g.node[data-node]"),
                 "the network drawing")
        nodes = driver.find_elements(By.CSS_SELECTOR, "#network svg g.node[data-node]")
        check.ok(len(nodes) >= 2, f"the network shows {len(nodes)} clickable people")
        target = next((n for n in nodes if key(CONTACT) in key(n.text or n.get_attribute("textContent"))), None)
        if target is not None:
            label = target.find_element(By.TAG_NAME, "text")
            webdriver.ActionChains(driver).move_to_element(label).click().perform()
            how = "the network"
        else:
            contact = next(b for b in driver.find_elements(By.CSS_SELECTOR, "#contacts .contact-name")
                           if key(CONTACT) in key(b.text))
            contact.click()
            how = "the contact list"
        wait_for(driver, lambda d: key(CONTACT) in key(person_name(d)), f"the card of «{CONTACT}»")
        check.ok(True, f"clicking «{CONTACT}» in {how} opened their card")

        # What is on screen: the role and the evidence sentence with the mention highlighted.
        card_text = driver.find_element(By.ID, "card").text
        check.ok(ROLE in card_text, f"the card shows the role «{ROLE}»")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#contacts .sentence"), "evidence sentences")
        sentences = driver.find_elements(By.CSS_SELECTOR, "#contacts .sentence")
        # The link to «علوی» is listed with its evidence sentence, which names the two (by name or by office).
        contact_entry = next((c for c in driver.find_elements(By.CSS_SELECTOR, "#contacts .contact")
                              if key(SEARCH) in key(c.find_element(By.CLASS_NAME, "contact-name").text)), None)
        check.ok(contact_entry is not None, f"«{SEARCH}» is listed among the people met")
        evidence = contact_entry.find_element(By.CSS_SELECTOR, ".sentence")
        check.ok(len(evidence.text.strip()) > 10, f"the evidence sentence is on screen: «{evidence.text.strip()}»")
        marks = [(m.get_attribute("class"), m.text) for m in evidence.find_elements(By.TAG_NAME, "mark")]
        check.ok(any(kind in ("person", "contact") for kind, _ in marks), f"the mentions are highlighted: {marks}")
        check.ok(len(sentences) >= 1, f"{len(sentences)} evidence sentence(s) listed")
        source = evidence.find_element(By.XPATH, "following-sibling::p[@class='source']")
        check.ok(source.find_element(By.TAG_NAME, "time").text.strip() != "", "the evidence shows its date")
        check.ok(source.find_element(By.CSS_SELECTOR, "a.article").text.strip() != "", "the evidence names its article")
        downloads = [driver.find_element(By.ID, f"download-{f}").get_attribute("href") for f in ("svg", "png", "graphml")]
        check.ok(all("/network." in d and "download=1" in d for d in downloads), "SVG/PNG/GraphML downloads are offered")

        driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.3)
        driver.save_screenshot(args.screenshot)
        check.ok(True, f"screenshot saved to {args.screenshot}")
        print(f"# {check.passed} checks passed in {time.monotonic() - started:.1f}s")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
