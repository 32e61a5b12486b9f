"""Users in the project's roles."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def user_with_role(username, role, *, is_staff=False):
    user = get_user_model().objects.create_user(username=username, password="pw-" + username, is_staff=is_staff)
    user.groups.add(Group.objects.get(name=role))
    return user
