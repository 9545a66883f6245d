/* Progressive enhancement for the letter form. Without this file the page still works:
   "Show the preview" posts the form and the page comes back with the preview, and the
   "what to do" panel is always shown.
   - The preview follows what you type: requests are debounced, a newer one cancels an
     older one, the form data is sent by POST, never in the URL.
   - The "what to do" panel stays hidden until a letter is downloaded; then it appears
     and takes the focus, so that a screen reader reads it next.
   - After a failed submit the error summary at the top takes the focus. */
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  var form = document.getElementById("letter-form");
  var letters = document.getElementById("letters");
  var status = document.getElementById("preview-status");
  var whatNow = document.getElementById("what-now");
  if (!form || !letters || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute("data-preview");
  var fields = ["language", "name", "address", "email", "gender", "personal", "gloss", "format"];
  var timer = null;
  var controller = null;

  function showErrors(errors) {
    fields.forEach(function (name) {
      var box = document.getElementById(name + "-error");
      var input = document.getElementById(name);
      var message = errors[name] || "";
      if (box) {
        box.textContent = message;
      }
      if (input) {
        if (message) {
          input.setAttribute("aria-invalid", "true");
        } else {
          input.removeAttribute("aria-invalid");
        }
      }
    });
  }

  function refresh() {
    if (controller) {
      controller.abort();
    }
    controller = window.AbortController ? new AbortController() : null;
    fetch(url, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (response.status !== 200 && response.status !== 422) {
        throw new Error("preview failed: " + response.status);
      }
      return response.json();
    }).then(function (data) {
      letters.innerHTML = data.html;
      showErrors(data.errors || {});
      status.textContent = "";
      form.setAttribute("data-previewed", String(Date.now()));
    }).catch(function (error) {
      if (error && error.name === "AbortError") {
        return;
      }
      status.textContent = status.getAttribute("data-failed");
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  }

  /* A download that the server will refuse (no name yet, say) comes back as the page
     with its error summary; only a form without visible errors shows the panel. */
  function looksComplete(button) {
    if (/\/blank\.pdf$|\.gloss\.pdf$/.test(button.getAttribute("formaction") || "")) {
      return true;
    }
    var name = document.getElementById("name");
    var address = document.getElementById("address");
    return name.value.trim() !== "" && address.value.trim() !== "" &&
      !document.querySelector("[aria-invalid='true']");
  }

  function downloaded(event) {
    var button = event.target.closest ? event.target.closest(".download") : null;
    if (!button || !whatNow || !looksComplete(button)) {
      return;
    }
    window.setTimeout(function () {
      whatNow.hidden = false;
      whatNow.focus();
    }, 0);
  }

  if (whatNow) {
    whatNow.hidden = true;
  }
  document.addEventListener("click", downloaded);
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  document.documentElement.classList.add("js");
})();
