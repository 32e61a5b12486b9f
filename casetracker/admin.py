"""The users' admin, with the one change the walls need: deleting a user never lists the screens and teams of
matters the administrator may not see."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from .history_admin import HiddenDependentsRefused

User = get_user_model()


class WalledUserAdmin(HiddenDependentsRefused, UserAdmin):
    pass


admin.site.unregister(User)
admin.site.register(User, WalledUserAdmin)
