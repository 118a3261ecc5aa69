// Small browser helpers the Blazor app calls through IJSRuntime (no framework offers these).
window.matTran = {
    // Saves bytes fetched with the caller's sign-in header as a download with the server's file name.
    saveFile: function (fileName, contentType, base64) {
        const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
        const a = document.createElement("a");
        a.href = url;
        a.download = fileName;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    // Moves focus to the page's heading after navigation, so screen readers announce the new page.
    focusHeading: function () {
        const h1 = document.querySelector("main h1");
        if (h1) { h1.setAttribute("tabindex", "-1"); h1.focus({ preventScroll: true }); }
    }
};
