"""The root page sends each role to its own home."""

from django.shortcuts import redirect, render

from accounts.roles import Role, has_role, is_officer


def home(request):
    user = request.user
    if not user.is_authenticated:
        return redirect("login")
    if is_officer(user):
        return redirect("admin:index")
    if has_role(user, Role.RM):
        return redirect("studio-dashboard")
    if has_role(user, Role.CUSTOMER):
        return redirect("customer-home")
    if has_role(user, Role.BRANCH_MANAGER) or has_role(user, Role.HEAD_OFFICE):
        return redirect("campaign-list")
    return render(request, "home.html", {"is_rm": False})
