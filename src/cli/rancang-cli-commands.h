/* rancang-cli-commands.h: commands of rancang-cli that live in files of
 * their own (each takes the argument vector from its own name on). */
#pragma once

int rancang_cli_render (int argc, char **argv);
