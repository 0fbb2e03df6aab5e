/*
 * CX Demo Coffee: small progressive enhancements. Every page works without this file.
 *  - a cart quantity change submits its form (the "Update" button stays for keyboard and no-JS users);
 *  - a submitted form disables its submit buttons, so "Place order" cannot be sent twice.
 */
(function () {
    'use strict';

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.matches && input.matches('.qty-form input[name="quantity"]') && input.form && input.value !== '') {
            input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form || form.method.toLowerCase() !== 'post') {
            return;
        }
        window.setTimeout(function () {
            var buttons = form.querySelectorAll('button[type="submit"]');
            for (var i = 0; i < buttons.length; i++) {
                buttons[i].disabled = true;
            }
        }, 0);
    });
})();
