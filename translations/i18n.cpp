// usersync_i18n carries only the embedded .qm resources that qt_add_translations adds to it;
// this file exists because a library needs one source.
