# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for starling-cli: its commands, each command's options, and the values those
# options take where there is a fixed list. Keep in step with app/cli/commands/.

_starling_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="accounts sync inbox show search send reply post done reopen stats export count"
    local global="--help --version --profile --json"

    # The command is the first word that is neither an option nor an option's value.
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    case $prev in
        --profile)
            _filedir -d
            return
            ;;
        --media)
            _filedir
            return
            ;;
        --kind)
            COMPREPLY=($(compgen -W "dm mention" -- "$cur"))
            return
            ;;
        --state)
            COMPREPLY=($(compgen -W "open done snoozed all" -- "$cur"))
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "jsonl csv" -- "$cur"))
            return
            ;;
        --network)
            COMPREPLY=($(compgen -W "x mastodon bluesky" -- "$cur"))
            return
            ;;
        --account | --to | --limit | --timeout | --wait | --since | --until)
            # A value the user types: an account, a handle, a number or a date.
            return
            ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options="--help --profile --json"
    case $command in
        sync) options+=" --account --timeout" ;;
        inbox) options+=" --unread --requests --account --kind --state --limit" ;;
        show) options+=" --limit" ;;
        search) options+=" --account --limit" ;;
        send) options+=" --account --to --wait" ;;
        reply) options+=" --account --dm --wait" ;;
        post) options+=" --account --media --wait" ;;
        stats) options+=" --account --since --until" ;;
        export) options+=" --format --since --account" ;;
        count) options+=" --network --limit --dm" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    fi
}
complete -F _starling_cli starling-cli
