package com.raqibtech.naija.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Browser;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SignIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Pages in a real browser: PrimeFaces works under the security headers, and staff sign in and out. */
class ConsoleSignInBrowserIT {

    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String path) {
        browser.manage().deleteAllCookies();
        browser.get(ItSettings.baseUrl() + path);
    }

    @Test
    void homePageScriptsRunUnderTheContentSecurityPolicy() {
        open("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delivery:fees:globalFilter")));
        browser.findElement(By.id("delivery:fees:globalFilter")).sendKeys("Kano");
        // The PrimeFaces filter runs as an Ajax request: only when scripts may run does the table shrink. Each
        // keystroke filters again and redraws the rows, so the row is read inside the wait, found afresh each time.
        String row = wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("#delivery\\:fees_data tr"));
            return rows.size() == 1 && rows.get(0).getText().contains("Kano") ? rows.get(0).getText() : null;
        });
        assertTrue(row.contains("₦3,700.00"), row);
    }

    @Test
    void staffSignInReachTheConsoleAndSignOut() {
        open("/console/");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        signIn(SignIn.AGENT, SignIn.passwordOf(SignIn.AGENT));
        wait.until(ExpectedConditions.urlContains("/console/"));
        String signedInAs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as"))).getText();
        assertTrue(signedInAs.contains(SignIn.AGENT), signedInAs);
        assertTrue(signedInAs.contains("support_agent"), signedInAs);

        browser.findElement(By.id("session:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.get(ItSettings.baseUrl() + "/console/");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void wrongPasswordsAndCustomersStayOut() {
        open("/login.xhtml");
        signIn(SignIn.AGENT, "not-the-password");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
        assertTrue(message.getText().contains("Wrong e-mail"), message.getText());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));

        open("/login.xhtml?next=/console/");
        signIn(SignIn.CUSTOMER, SignIn.passwordOf(SignIn.CUSTOMER));
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
        assertTrue(refused.getText().contains("for staff"), refused.getText());
        browser.get(ItSettings.baseUrl() + "/console/");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertFalse(browser.getPageSource().contains("signed-in-as"), "customers do not see the console");
    }

    @Test
    void theConsoleSessionDoesNotOpenTheApi() {
        open("/login.xhtml");
        signIn(SignIn.ADMIN, SignIn.passwordOf(SignIn.ADMIN));
        wait.until(ExpectedConditions.urlContains("/console/"));
        browser.get(ItSettings.baseUrl() + "/api/v1/admin/users");
        assertTrue(browser.getPageSource().contains("not-signed-in"), "the API wants a bearer token, not the cookie");
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null && session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Lax", session.getSameSite());
    }

    @Test
    void signInNeverRedirectsOutsideTheApplication() {
        open("/login.xhtml?next=//evil.example/steal");
        signIn(SignIn.ADMIN, SignIn.passwordOf(SignIn.ADMIN));
        wait.until(ExpectedConditions.urlContains("/console/"));
        assertTrue(browser.getCurrentUrl().startsWith(ItSettings.baseUrl()), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.id("signed-in-as")).size());
    }

    private static void signIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
    }
}
