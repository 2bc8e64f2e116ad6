#pragma once

#include <QString>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace od {

// A translated sentence with %1…%9 split once into UTF-8 pieces, so a million timeline entries
// can be written without a QString::arg each: fill() appends the sentence with its arguments.
class DemoTextTemplate
{
public:
    DemoTextTemplate() = default;
    explicit DemoTextTemplate(const QString& text)
    {
        QString literal;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
                m_pieces.push_back({literal.toStdString(), text[i + 1].unicode() - u'1'});
                literal.clear();
                ++i;
            } else {
                literal += text[i];
            }
        }
        m_tail = literal.toStdString();
    }

    void fill(std::string& out, std::initializer_list<std::string_view> args) const
    {
        for (const Piece& piece : m_pieces) {
            out.append(piece.before);
            if (piece.argument < int(args.size()))
                out.append(args.begin()[piece.argument]);
        }
        out.append(m_tail);
    }

private:
    struct Piece
    {
        std::string before;
        int argument;
    };
    std::vector<Piece> m_pieces;
    std::string m_tail;
};

} // namespace od
